/**
 * Interlocks of one entity: the bodies it shares people with, and each shared person's
 * relationships with both (cypher/graph/list-shared-people.cypher), most shared people first.
 */
import { readerOf, type Executor } from './executor.ts';
import { NotFoundError } from '../../core/errors.ts';
import { getNodes } from './graph.ts';
import type { EdgeRow, GraphFilter, NodeRow } from './types.ts';

export interface SharedPersonRow {
  person: NodeRow;
  /** The person's relationships with the entity asked about. */
  here: EdgeRow[];
  /** The person's relationships with the other body. */
  there: EdgeRow[];
}

export interface InterlockRow {
  body: NodeRow;
  people: SharedPersonRow[];
}

type Row = { bodyId: string; personId: string; here: EdgeRow[]; there: EdgeRow[] };

export async function listInterlocks(executor: Executor, id: string, filter: GraphFilter): Promise<InterlockRow[]> {
  return executor.readTransaction(async (transaction) => {
    const tx = readerOf(transaction);
    const [found] = await tx.read<{ id: string; retired: boolean }>('entities/find-ids', { ids: [id] });
    if (!found || found.retired) throw new NotFoundError('entity', id);
    const rows = await tx.read<Row>('graph/list-shared-people', { id, types: filter.types, asOf: filter.asOf });
    const ids = [...new Set(rows.flatMap((row) => [row.bodyId, row.personId]))];
    const nodes = new Map((await getNodes(tx, ids, filter)).map((node) => [node.id, node]));
    const byBody = new Map<string, InterlockRow>();
    for (const row of rows) {
      const body = nodes.get(row.bodyId);
      const person = nodes.get(row.personId);
      if (!body || !person) continue;
      const interlock = byBody.get(row.bodyId) ?? { body, people: [] };
      interlock.people.push({ person, here: row.here, there: row.there });
      byBody.set(row.bodyId, interlock);
    }
    return [...byBody.values()].sort(
      (a, b) => b.people.length - a.people.length || a.body.name.localeCompare(b.body.name),
    );
  });
}
