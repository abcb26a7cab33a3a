import { beforeAll, describe, expect, it } from 'vitest';
import cytoscape from 'cytoscape';
import { registerLayouts } from './extensions.ts';
import { computeLayout, layoutJobFor, spreadCoincident, type LayoutJob } from './layout-job.ts';
import { LABEL_ROOM_UP_TO } from './layouts.ts';

beforeAll(() => registerLayouts());

const chain = (count: number): Pick<LayoutJob, 'nodes' | 'edges'> => ({
  nodes: Array.from({ length: count }, (_, index) => ({
    id: `n${index}`,
    width: 20,
    height: 30,
    x: index * 50,
    y: index * 10,
    degree: index === 0 || index === count - 1 ? 1 : 2,
    score: null,
  })),
  edges: Array.from({ length: count - 1 }, (_, index) => ({
    id: `e${index}`,
    source: `n${index}`,
    target: `n${index + 1}`,
  })),
});

describe('computeLayout', () => {
  it('keeps fixed nodes where they are and places the others', () => {
    const positions = computeLayout({
      name: 'force',
      randomize: false,
      fixed: ['n0', 'n1', 'n2'],
      seed: 1,
      ...chain(4),
    });
    const at = new Map(positions.map(([id, x, y]) => [id, [x, y]]));
    expect(at.get('n0')).toEqual([0, 0]);
    expect(at.get('n1')).toEqual([50, 10]);
    expect(at.get('n2')).toEqual([100, 20]);
    expect(at.get('n3')).not.toEqual([150, 30]);
  });

  it('gives the same positions for the same job, and others for another seed', () => {
    const job: LayoutJob = { name: 'force', randomize: true, fixed: [], seed: 7, ...chain(30) };
    expect(computeLayout(job)).toEqual(computeLayout(job));
    expect(computeLayout({ ...job, seed: 8 })).not.toEqual(computeLayout(job));
  });

  it('ranks a hierarchy from the edges alone', () => {
    const positions = computeLayout({ name: 'hierarchy', randomize: true, fixed: [], seed: 1, ...chain(3) });
    const y = new Map(positions.map(([id, , top]) => [id, top]));
    expect(y.get('n0')!).toBeLessThan(y.get('n1')!);
    expect(y.get('n1')!).toBeLessThan(y.get('n2')!);
  });
});

describe('spreadCoincident', () => {
  it('fans out nodes that share a spot, leaving lone and fixed nodes alone', () => {
    const spread = spreadCoincident(
      [
        ['a', 10, 10],
        ['b', 10, 10.2],
        ['c', 10, 10],
        ['d', 10, 10],
        ['e', 300, 300],
      ],
      new Set(['d']),
    );
    const at = new Map(spread.map(([id, x, y]) => [id, `${Math.round(x)},${Math.round(y)}`]));
    expect(new Set([at.get('a'), at.get('b'), at.get('c'), at.get('d')]).size).toBe(4);
    expect(at.get('d')).toBe('10,10');
    expect(at.get('e')).toBe('300,300');
    for (const [id, x, y] of spread.slice(0, 3)) expect(Math.hypot(x - 10, y - 10), id).toBeLessThan(50);
  });
});

describe('layoutJobFor', () => {
  const graph = (count: number) => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: [{ selector: 'node', style: { width: 20, height: 20, label: 'data(id)', 'text-valign': 'bottom' } }],
    });
    cy.add(
      chain(count).nodes.map(({ id, x, y }) => ({
        group: 'nodes' as const,
        data: { id, degree: 3 },
        position: { x, y },
      })),
    );
    cy.add(chain(count).edges.map((edge) => ({ group: 'edges' as const, data: edge })));
    return cy;
  };

  it('sends nodes and edges sorted by id, with their data degree and current place', () => {
    const cy = graph(LABEL_ROOM_UP_TO + 5);
    const { job, offsets } = layoutJobFor(cy, { name: 'force', randomize: false, fixed: ['n1'], seed: 3 });
    expect(job.nodes.map((node) => node.id)).toEqual([...job.nodes.map((node) => node.id)].sort());
    expect(job.edges.map((edge) => edge.id)).toEqual([...job.edges.map((edge) => edge.id)].sort());
    const n2 = job.nodes.find((node) => node.id === 'n2')!;
    // Without a size of its own, a node counts as Cytoscape's default 30 px plus its border.
    expect(n2).toMatchObject({ x: 100, y: 20, width: 33, height: 33, degree: 3, score: null });
    expect(job.fixed).toEqual(['n1']);
    // Large graphs lay out the nodes alone: no label boxes, no offsets.
    expect(offsets.size).toBe(0);
    cy.destroy();
  });

  it('makes room for labels on small graphs, centring each box on node and label', () => {
    const cy = graph(5);
    const { job, offsets } = layoutJobFor(cy, { name: 'force', randomize: true, fixed: [], seed: 3 });
    const n2 = job.nodes.find((node) => node.id === 'n2')!;
    expect(n2.height).toBeGreaterThan(20);
    // The box's centre is the node's place plus its offset (in a browser the label hangs below the
    // node and moves the centre down; headless Cytoscape does not place labels).
    expect(offsets.has('n2')).toBe(true);
    expect(n2.y).toBeCloseTo(20 + offsets.get('n2')!.y, 6);
    // Rings and hierarchy space their ranks instead: plain node boxes.
    const hierarchy = layoutJobFor(cy, { name: 'hierarchy', randomize: true, fixed: [], seed: 3 });
    expect(hierarchy.offsets.size).toBe(0);
    expect(hierarchy.job.nodes.find((node) => node.id === 'n2')!.height).toBe(33);
    cy.destroy();
  });
});
