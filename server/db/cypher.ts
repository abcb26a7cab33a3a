/**
 * Cypher lives in cypher/<area>/<verb-noun>.cypher, one parameterised query per file, loaded by
 * name ("area/verb-noun"). All files are read once at start, so a missing query fails early.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CYPHER_DIR = fileURLToPath(new URL('../../cypher/', import.meta.url));

export type QueryCatalog = ReadonlyMap<string, string>;

function listCypherFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return listCypherFiles(path);
    return entry.endsWith('.cypher') ? [path] : [];
  });
}

export function loadQueries(dir: string = CYPHER_DIR): QueryCatalog {
  const catalog = new Map<string, string>();
  for (const path of listCypherFiles(dir).sort()) {
    const name = relative(dir, path)
      .split(sep)
      .join('/')
      .replace(/\.cypher$/, '');
    // Comments at the top (// …) explain the query; Neo4j accepts them, so the text is sent as is.
    catalog.set(name, readFileSync(path, 'utf8').trim());
  }
  return catalog;
}

/** Names of the queries in one area, in file-name order (e.g. the schema migrations). */
export function queriesIn(catalog: QueryCatalog, area: string): string[] {
  return [...catalog.keys()].filter((name) => name.startsWith(`${area}/`)).sort();
}
