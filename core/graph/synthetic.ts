/**
 * A synthetic network for the benchmarks and the large-map browser test: preferential attachment,
 * as real influence networks grow (a few hubs, many leaves), from a fixed seed so every run draws
 * the same graph. Bare links of an exact node count, for drawing; the synthetic national network
 * of records to import is core/synthetic/national.ts.
 */

/** Links between node indexes 0..size-1, each from the newer node to an older one. */
export function syntheticLinks(size: number, seed = 42): [from: number, to: number][] {
  let state = seed;
  const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const links: [number, number][] = [];
  // Every node appears here once per link it has, so well-linked nodes attract more links.
  const ends: number[] = [0];
  for (let index = 1; index < size; index++) {
    for (let link = 0; link < (index % 3 === 0 ? 2 : 1); link++) {
      const target = ends[Math.floor(random() * ends.length)]!;
      if (target === index) continue;
      links.push([index, target]);
      ends.push(index, target);
    }
  }
  return links;
}
