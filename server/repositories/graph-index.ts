/**
 * The relationship graph in memory, one index per graph version (core/graph/graph-index.ts), so that
 * neighbourhoods and paths cost no query once it is built. A request hands in the version it read
 * from Neo4j (server/repositories/graph-version.ts): the index answers only when it was built at
 * that very version; otherwise the request reads Neo4j as before while a new index is built in the
 * background. So a change is seen at once, by every instance: each compares against the database's
 * version, and an index is never used after the graph moved on.
 */
import { buildGraphIndex, type GraphIndex, type IndexedEntity } from '../../core/graph/graph-index.ts';
import type { Executor } from './executor.ts';
import type { EdgeRow } from './types.ts';

interface Built {
  version: string;
  index: GraphIndex<EdgeRow>;
}

export class GraphIndexCache {
  private built?: Built;
  private building?: Promise<void>;

  constructor(
    private readonly executor: Executor,
    private readonly log: (line: string) => void = () => {},
  ) {}

  /** The index of the graph at `version`, or null while there is none (a build is then under way). */
  at(version: string): GraphIndex<EdgeRow> | null {
    if (this.built?.version === version) return this.built.index;
    this.building ??= this.build()
      .catch((error: unknown) => this.log(`graph index: build failed (${String(error)}); reading Neo4j meanwhile`))
      .finally(() => {
        this.building = undefined;
      });
    return null;
  }

  /**
   * The index of the graph at `version`, waiting for a build when there is none yet (for background
   * work, which need not answer at once); null when the build fails or the graph moved meanwhile.
   */
  async current(version: string): Promise<GraphIndex<EdgeRow> | null> {
    const index = this.at(version);
    if (index) return index;
    await this.building;
    return this.built?.version === version ? this.built.index : null;
  }

  /** Waits for a build under way (tests). */
  async settled(): Promise<void> {
    await this.building;
  }

  private async build(): Promise<void> {
    this.built = await this.executor.readTransaction(async (tx) => {
      // The version first: every change it counts is then in what follows (the data may be newer
      // than the version, never older, and a newer version only means one more rebuild). A change
      // still being applied can show its version before all its data; its second move, once all of
      // it is visible (graph-version.ts), makes this index stale.
      const [versionRow] = await tx.run<{ version: string }>('influence/get-graph-version');
      // Streamed, so that the driver's records of the whole graph are never all held beside the rows.
      const entities: IndexedEntity[] = [];
      await tx.each<{ entity: IndexedEntity }>('graph/list-index-entities', {}, (row) => {
        entities.push(row.entity);
      });
      const edges: EdgeRow[] = [];
      await tx.each<{ edge: EdgeRow }>('graph/list-index-edges', {}, (row) => {
        edges.push(row.edge);
      });
      return { version: versionRow?.version ?? 'none', index: buildGraphIndex(entities, edges) };
    });
  }
}
