/**
 * Memory of the embedded Neo4j: the JVM heap (-Xms/-Xmx) and Neo4j's page cache, as sizes like
 * "512m" or "1g" (the JVM's own notation, which Neo4j also reads).
 */

export interface Neo4jMemory {
  /** JVM heap, both initial and maximum, as Neo4j advises (no resizing pauses). */
  heap: string;
  /** Neo4j's page cache: the store files kept in memory, outside the heap. */
  pageCache: string;
}

/**
 * Defaults for a small machine shared with other work (2 cores, a few GB free): the seed and a few
 * thousand more records use well under 100 MB of heap and store, so this leaves room to grow while the
 * whole JVM stays near 1 GB (heap + page cache + about 200 MB of the JVM's own).
 */
export const DEFAULT_NEO4J_MEMORY: Neo4jMemory = { heap: '1g', pageCache: '256m' };

/** Below these Neo4j does not start, or spends its time collecting garbage. */
export const MIN_HEAP_BYTES = 256 * 2 ** 20;
export const MIN_PAGE_CACHE_BYTES = 16 * 2 ** 20;

const UNITS = { k: 2 ** 10, m: 2 ** 20, g: 2 ** 30 } as const;

/** Bytes of a size such as "512m", "1g" or "65536k"; null when it is not one. */
export function memoryBytes(size: string): number | null {
  const match = /^(\d+)([kmg])$/i.exec(size.trim());
  if (!match) return null;
  return Number(match[1]) * UNITS[match[2]!.toLowerCase() as keyof typeof UNITS];
}

/** "1.5 GB", "512 MB": for messages. */
export function formatBytes(bytes: number): string {
  return bytes >= 2 ** 30 ? `${(bytes / 2 ** 30).toFixed(1)} GB` : `${Math.round(bytes / 2 ** 20)} MB`;
}
