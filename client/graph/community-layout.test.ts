import { beforeAll, describe, expect, it } from 'vitest';
import { meanSilhouette } from '../../core/graph/silhouette.ts';
import { communitiesOf, discRadius, separateDiscs } from './community-layout.ts';
import { registerLayouts } from './extensions.ts';
import { computeLayout, type LayoutJob } from './layout-job.ts';
import { seededRandom } from './layouts.ts';

beforeAll(() => registerLayouts());

/**
 * A network of planted groups: each node links to three of its own group and, now and then, to a
 * node of another group, with ids dealt out so that id order says nothing of the groups.
 */
function planted(
  groups: number,
  size: number,
): { job: Omit<LayoutJob, 'name' | 'byCommunity'>; group: Map<string, number> } {
  const random = seededRandom(5);
  const id = (g: number, index: number) => `n${(index * groups + g).toString().padStart(5, '0')}`;
  const group = new Map<string, number>();
  const edges: LayoutJob['edges'] = [];
  for (let g = 0; g < groups; g++) {
    for (let index = 0; index < size; index++) {
      group.set(id(g, index), g);
      for (let link = 0; link < 3; link++) {
        const other = Math.floor(random() * size);
        if (other !== index) edges.push({ id: `e${edges.length}`, source: id(g, index), target: id(g, other) });
      }
      if (random() < 0.1) {
        const elsewhere = (g + 1 + Math.floor(random() * (groups - 1))) % groups;
        edges.push({
          id: `e${edges.length}`,
          source: id(g, index),
          target: id(elsewhere, Math.floor(random() * size)),
        });
      }
    }
  }
  const nodes = [...group.keys()]
    .sort()
    .map((node) => ({ id: node, width: 20, height: 20, x: 0, y: 0, degree: 4, score: null }));
  return { job: { randomize: true, fixed: [], seed: 3, nodes, edges }, group };
}

const silhouette = (positions: [string, number, number][], group: ReadonlyMap<string, number>) =>
  meanSilhouette(positions.map(([id, x, y]) => ({ x, y, community: group.get(id)! })));

describe('the community layout', () => {
  it('gives each community a region of its own on a large map, where the plain layout mixes them', () => {
    const { job: whole, group } = planted(8, 400);
    // As on a large map: its frame (here every tenth node) laid out first, the rest among their neighbours.
    const job = { ...whole, core: whole.nodes.filter((_node, index) => index % 10 === 0).map((node) => node.id) };
    const progress: number[] = [];
    const grouped = computeLayout({ ...job, name: 'force', byCommunity: true }, (done) => progress.push(done));
    const plain = computeLayout({ ...job, name: 'force', byCommunity: false });
    expect(grouped).toHaveLength(3_200);
    expect(grouped.every(([, x, y]) => Number.isFinite(x) && Number.isFinite(y))).toBe(true);
    expect(silhouette(grouped, group)).toBeGreaterThan(0.3);
    expect(silhouette(grouped, group)).toBeGreaterThan(silhouette(plain, group) + 0.1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)).toBe(1);
    // Seeded: the same graph, the same picture.
    expect(computeLayout({ ...job, name: 'force', byCommunity: true })).toEqual(grouped);
  });

  it('separates communities on a small map too (the force layout keeps links between them long)', () => {
    const { job, group } = planted(4, 25);
    const grouped = computeLayout({ ...job, name: 'force', byCommunity: true });
    const plain = computeLayout({ ...job, name: 'force', byCommunity: false });
    expect(silhouette(grouped, group)).toBeGreaterThan(0.3);
    expect(silhouette(grouped, group)).toBeGreaterThan(silhouette(plain, group));
  });

  it('finds the planted groups as the server would (Louvain), whatever the order of the ids', () => {
    const { job, group } = planted(4, 50);
    const found = communitiesOf(job);
    // Every planted group falls (almost) whole into one community.
    for (let g = 0; g < 4; g++) {
      const members = [...group].filter(([, of]) => of === g).map(([id]) => found.get(id));
      const counts = new Map<number | undefined, number>();
      for (const community of members) counts.set(community, (counts.get(community) ?? 0) + 1);
      expect(Math.max(...counts.values())).toBeGreaterThanOrEqual(45);
    }
  });

  it('pushes overlapping discs apart until none overlap, no further than needed', () => {
    const centres = [
      { x: 0, y: 0 },
      { x: 10, y: 0 },
      { x: 0, y: 0 },
      { x: 5, y: 5 },
    ];
    const radii = [discRadius(400), discRadius(20), discRadius(20), discRadius(1)];
    separateDiscs(centres, radii);
    for (let i = 0; i < centres.length; i++)
      for (let j = i + 1; j < centres.length; j++)
        expect(Math.hypot(centres[i]!.x - centres[j]!.x, centres[i]!.y - centres[j]!.y)).toBeGreaterThanOrEqual(
          radii[i]! + radii[j]! - 1e-6,
        );
    const reach = radii.reduce((sum, radius) => sum + 2 * radius + 100, 0);
    for (const centre of centres) expect(Math.hypot(centre.x, centre.y)).toBeLessThan(reach);
  });
});
