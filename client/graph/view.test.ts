import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { registerLayouts } from './extensions.ts';
import { drawingChunks } from './progressive.ts';
import { coreOf, createGraphView, type GraphView } from './view.ts';
import type { GraphEdgeInput, GraphNodeInput } from './types.ts';

function node(id: string, overrides: Partial<GraphNodeInput> = {}): GraphNodeInput {
  return {
    id,
    label: id.split(':')[1] ?? id,
    kind: 'BODY',
    type: 'council',
    sector: 'local-government',
    degree: 1,
    ...overrides,
  };
}

function edge(source: string, target: string, overrides: Partial<GraphEdgeInput> = {}): GraphEdgeInput {
  return {
    id: `rel:${source}>${target}`,
    source,
    target,
    type: 'MEMBER_OF',
    family: 'MEMBERSHIP',
    confidence: 1,
    ...overrides,
  };
}

const star = (count: number) => {
  const nodes = [node('body:hub', { degree: count })];
  const edges: GraphEdgeInput[] = [];
  for (let index = 0; index < count; index++) {
    nodes.push(node(`person:p${index}`, { kind: 'PERSON', type: null }));
    edges.push(edge(`person:p${index}`, 'body:hub'));
  }
  return { nodes, edges };
};

let view: GraphView | undefined;

function expectNoOverlap(boxes: { x1: number; y1: number; x2: number; y2: number }[]): void {
  for (let a = 0; a < boxes.length; a++)
    for (let b = a + 1; b < boxes.length; b++) {
      const [p, q] = [boxes[a]!, boxes[b]!];
      expect(p.x1 < q.x2 && q.x1 < p.x2 && p.y1 < q.y2 && q.y1 < p.y2).toBe(false);
    }
}
beforeAll(() => registerLayouts());
afterEach(() => {
  view?.destroy();
  view = undefined;
});

describe('setElements', () => {
  it('draws the given nodes and edges and lays them out the first time', async () => {
    view = createGraphView(null);
    const { nodes, edges } = star(5);
    const result = view.setElements(nodes, edges);
    await result.settled;
    const snapshot = view.snapshot();
    expect(snapshot.nodes).toHaveLength(6);
    expect(snapshot.edges).toHaveLength(5);
    expect(result.added).toHaveLength(11);
    // A layout ran: the nodes no longer all sit at the origin.
    const distinct = new Set(snapshot.nodes.map(({ x, y }) => `${Math.round(x)},${Math.round(y)}`));
    expect(distinct.size).toBe(6);
  });

  it('keeps the position and identity of nodes that stay, and removes the ones that go', async () => {
    view = createGraphView(null);
    const { nodes, edges } = star(6);
    await view.setElements(nodes, edges).settled;
    const before = new Map(view.snapshot().nodes.map((entry) => [entry.id, entry]));

    const kept = nodes.filter((entry) => entry.id !== 'person:p0');
    const keptEdges = edges.filter((entry) => entry.source !== 'person:p0');
    const newcomer = node('programme:new', { kind: 'PROGRAMME', type: 'event' });
    const result = view.setElements(
      [...kept, newcomer],
      [...keptEdges, edge('programme:new', 'body:hub', { family: 'PROGRAMME', type: 'PRESENTED_AT' })],
    );
    await result.settled;

    expect(result.removed.sort()).toEqual(['person:p0', 'rel:person:p0>body:hub']);
    expect(result.added.sort()).toEqual(['programme:new', 'rel:programme:new>body:hub']);
    const after = new Map(view.snapshot().nodes.map((entry) => [entry.id, entry]));
    expect(after.has('person:p0')).toBe(false);
    for (const entry of kept) {
      expect(after.get(entry.id)!.x).toBeCloseTo(before.get(entry.id)!.x, 6);
      expect(after.get(entry.id)!.y).toBeCloseTo(before.get(entry.id)!.y, 6);
    }
  });

  it('keeps element identity: the same Cytoscape element survives an update', async () => {
    view = createGraphView(null);
    const { nodes, edges } = star(3);
    await view.setElements(nodes, edges).settled;
    const json = view.exportJson() as { elements: { nodes: { data: { id: string } }[] } };
    expect(json.elements.nodes.map((entry) => entry.data.id)).toContain('body:hub');

    const renamed = nodes.map((entry) => (entry.id === 'body:hub' ? { ...entry, label: 'Hub (renamed)' } : entry));
    const result = view.setElements(renamed, edges);
    expect(result.updated).toEqual(['body:hub']);
    expect(result.added).toEqual([]);
    expect(result.removed).toEqual([]);
    expect(view.snapshot().nodes.find((entry) => entry.id === 'body:hub')!.label).toBe('Hub (renamed)');
  });

  it('reports nothing when the same elements come again', async () => {
    view = createGraphView(null);
    const { nodes, edges } = star(3);
    await view.setElements(nodes, edges).settled;
    const result = view.setElements(nodes, edges);
    expect(result).toMatchObject({ added: [], removed: [], updated: [] });
  });

  it('places a new node near its neighbour rather than anywhere', async () => {
    view = createGraphView(null);
    const { nodes, edges } = star(8);
    await view.setElements(nodes, edges).settled;
    const hub = view.snapshot().nodes.find((entry) => entry.id === 'body:hub')!;
    const spread = Math.max(...view.snapshot().nodes.map((entry) => Math.hypot(entry.x - hub.x, entry.y - hub.y)));

    const leaf = node('person:leaf', { kind: 'PERSON', type: null });
    await view.setElements([...nodes, leaf], [...edges, edge('person:leaf', 'person:p3')]).settled;
    const placed = view.snapshot().nodes;
    const p3 = placed.find((entry) => entry.id === 'person:p3')!;
    const newcomer = placed.find((entry) => entry.id === 'person:leaf')!;
    expect(Math.hypot(newcomer.x - p3.x, newcomer.y - p3.y)).toBeLessThan(spread);
  });

  it('leaves out edges whose ends are not drawn', () => {
    view = createGraphView(null);
    const result = view.setElements([node('body:a')], [edge('body:a', 'body:missing')]);
    expect(result.added).toEqual(['body:a']);
    expect(view.snapshot().edges).toHaveLength(0);
  });
});

describe('layouts', () => {
  it('gives the same picture for the same graph (seeded), so shared viewports stay meaningful', async () => {
    const { nodes, edges } = star(10);
    const first = createGraphView(null);
    await first.setElements(nodes, edges).settled;
    const a = first.snapshot().nodes;
    first.destroy();
    view = createGraphView(null);
    await view.setElements(nodes, edges).settled;
    expect(view.snapshot().nodes).toEqual(a);
  });

  it('puts the most influential node in the middle of the concentric layout', async () => {
    view = createGraphView(null);
    const { nodes, edges } = star(8);
    await view.setElements(nodes, edges).settled;
    await view.runLayout('concentric');
    const placed = view.snapshot().nodes;
    const centre = {
      x: placed.reduce((sum, entry) => sum + entry.x, 0) / placed.length,
      y: placed.reduce((sum, entry) => sum + entry.y, 0) / placed.length,
    };
    const distance = (id: string) => {
      const entry = placed.find((candidate) => candidate.id === id)!;
      return Math.hypot(entry.x - centre.x, entry.y - centre.y);
    };
    expect(distance('body:hub')).toBeLessThan(distance('person:p0'));
    expect(view.snapshot().layout).toBe('concentric');
  });

  it('ranks a hierarchy from top to bottom', async () => {
    view = createGraphView(null);
    const nodes = [node('body:a'), node('body:b'), node('body:c')];
    await view.setElements(nodes, [edge('body:a', 'body:b'), edge('body:b', 'body:c')]).settled;
    await view.runLayout('hierarchy');
    const y = (id: string) => view!.snapshot().nodes.find((entry) => entry.id === id)!.y;
    expect(y('body:a')).toBeLessThan(y('body:b'));
    expect(y('body:b')).toBeLessThan(y('body:c'));
  });

  it('does not move pinned nodes when laying out again', async () => {
    view = createGraphView(null);
    const { nodes, edges } = star(6);
    await view.setElements(nodes, edges).settled;
    view.setPinned(['person:p2']);
    const before = view.snapshot().nodes.find((entry) => entry.id === 'person:p2')!;
    await view.runLayout('concentric');
    const after = view.snapshot().nodes.find((entry) => entry.id === 'person:p2')!;
    expect([after.x, after.y]).toEqual([before.x, before.y]);
    expect(after.classes).toContain('pinned');
    view.setPinned([]);
    await view.runLayout('hierarchy');
    const unpinned = view.snapshot().nodes.find((entry) => entry.id === 'person:p2')!;
    expect([unpinned.x, unpinned.y]).not.toEqual([before.x, before.y]);
  });

  it('draws a hub’s 499 leaves as one aggregate, and lays out all 500 apart once it is expanded', async () => {
    view = createGraphView(null);
    const { nodes, edges } = star(499);
    const first = view.setElements(nodes, edges);
    await first.settled;
    const drawn = view.snapshot();
    expect(drawn.nodes.map((entry) => [entry.label, entry.aggregate]).sort()).toEqual([
      ['499 people', 499],
      ['hub', 0],
    ]);
    expect(drawn.edges).toHaveLength(1);
    const [aggregate] = view.aggregates();
    expect(aggregate!.members).toHaveLength(499);

    // Tapping the aggregate draws its members instead; it selects nothing.
    const selected: string[] = [];
    view.destroy();
    view = createGraphView(null, { onSelect: (id) => selected.push(id) });
    await view.setElements(nodes, edges).settled;
    coreOf(view).getElementById(aggregate!.id).emit('tap');
    await new Promise((resolve) => setTimeout(resolve, 0));
    const placed = view.snapshot().nodes;
    expect(selected).toEqual([]);
    expect(placed).toHaveLength(500);
    expect(placed.some((entry) => entry.aggregate > 0)).toBe(false);
    expect(new Set(placed.map(({ x, y }) => `${Math.round(x)},${Math.round(y)}`)).size).toBe(500);
    // Expanded stays expanded when the same graph comes again.
    view.setElements(nodes, edges);
    expect(view.snapshot().nodes).toHaveLength(500);
  });

  it('draws a stakeholder held in an aggregate when it is selected or focused', async () => {
    view = createGraphView(null);
    const { nodes, edges } = star(40);
    await view.setElements(nodes, edges).settled;
    expect(view.snapshot().nodes).toHaveLength(2);
    view.select('person:p7');
    const drawn = view.snapshot();
    expect(drawn.selected).toEqual(['person:p7']);
    expect(drawn.nodes).toHaveLength(41);
    expect(view.expandAggregate('aggregate:nothing')).toBe(false);
  });

  it('draws a large map progressively: laid out first, then its frame, then the rest, with progress', async () => {
    // 3,000 people and 60 councils; each person works for two councils, so nobody is a leaf.
    const nodes: GraphNodeInput[] = [];
    const edges: GraphEdgeInput[] = [];
    for (let index = 0; index < 60; index++) nodes.push(node(`body:c${index}`, { degree: 100 }));
    for (let index = 0; index < 3_000; index++) {
      nodes.push(node(`person:p${index}`, { kind: 'PERSON', type: null, degree: 2 }));
      edges.push(edge(`person:p${index}`, `body:c${index % 60}`));
      edges.push(edge(`person:p${index}`, `body:c${(index * 7 + 1) % 60}`, { id: `rel:second-${index}` }));
    }
    // And 20 programmes of the first council's alone: an aggregate.
    for (let index = 0; index < 20; index++) {
      nodes.push(node(`programme:g${index}`, { kind: 'PROGRAMME', type: 'programme' }));
      edges.push(edge(`programme:g${index}`, 'body:c0'));
    }
    const progress: string[] = [];
    view = createGraphView(null, {
      onProgress: (step) => progress.push(step ? `${step.phase}` : 'done'),
    });
    const result = view.setElements(nodes, edges);
    // Everything but the 20 programmes and their links, drawn as one aggregate and its link.
    expect(result.added).toHaveLength(nodes.length + edges.length - 2 * 19);
    let drawnAtFirstPicture = 0;
    await result.firstPicture.then(() => (drawnAtFirstPicture = coreOf(view!).nodes().length));
    await result.settled;
    expect(drawnAtFirstPicture).toBeGreaterThan(0);
    expect(drawnAtFirstPicture).toBeLessThan(nodes.length);
    expect(progress[0]).toBe('layout');
    expect(progress).toContain('drawing');
    expect(progress.at(-1)).toBe('done');
    const drawn = view.snapshot();
    // Everything but the 20 programmes, drawn as one aggregate.
    expect(drawn.nodes).toHaveLength(nodes.length - 20 + 1);
    expect(drawn.edges).toHaveLength(edges.length - 20 + 1);
    // Zoomed out on the whole map, councils are drawn and most people wait for the reader to zoom in.
    const hidden = drawn.nodes.filter((entry) => entry.classes.includes('lod-hidden'));
    expect(hidden.every((entry) => entry.kind === 'PERSON')).toBe(true);
    expect(hidden.length).toBeGreaterThan(2_000);
    view.setViewport({ zoom: 1, pan: { x: 0, y: 0 } });
    expect(view.snapshot().nodes.filter((entry) => entry.classes.includes('lod-hidden'))).toHaveLength(0);
    // A selected person is drawn at any zoom, with its councils: on the selection layer, which leaves
    // Cytoscape's elements (and so its drawing) alone.
    view.setViewport({ zoom: 0.1, pan: { x: 0, y: 0 } });
    const before = view.snapshot().nodes.map((entry) => entry.classes.join());
    view.select('person:p2999');
    const selected = view.snapshot();
    expect(selected.selected).toEqual(['person:p2999']);
    expect(selected.highlighted).toEqual(['person:p2999', 'body:c59', 'body:c54']);
    expect(selected.nodes.map((entry) => entry.classes.join())).toEqual(before);
    expect(coreOf(view).elements(':selected')).toHaveLength(0);
    view.focus('person:p2999');
    expect(view.viewport().zoom).toBe(0.1);
    view.select(null);
    expect(view.snapshot()).toMatchObject({ selected: [], highlighted: [] });
    // A programme held in the aggregate is shown by it, without expanding it (that redraws the map).
    const aggregate = view.aggregates()[0]!;
    view.select('programme:g3');
    expect(view.focus('programme:g3')).toBe(true);
    const held = view.snapshot();
    expect(held.selected).toEqual(['programme:g3']);
    expect(held.highlighted).toEqual([aggregate.id, 'body:c0']);
    expect(held.nodes.some((entry) => entry.id === 'programme:g3')).toBe(false);
  });

  it('lays out elements that arrive while the first layout is still running together with the rest', async () => {
    view = createGraphView(null);
    const small = star(4);
    const large = star(9);
    const first = view.setElements(small.nodes, small.edges);
    const second = view.setElements(large.nodes, large.edges);
    expect(second.added).toHaveLength(10);
    await first.settled;
    await second.settled;
    const placed = view.snapshot().nodes;
    expect(placed).toHaveLength(10);
    expect(new Set(placed.map(({ x, y }) => `${Math.round(x)},${Math.round(y)}`)).size).toBe(10);
    expect(placed.every((node) => !node.classes.includes('unplaced'))).toBe(true);
  });

  it('lets a newer layout replace an unfinished one, and settles both when the newer is drawn', async () => {
    const { nodes, edges } = star(8);
    view = createGraphView(null);
    await view.setElements(nodes, edges).settled;
    const running: boolean[] = [];
    const concentric = view.runLayout('concentric');
    const hierarchy = view.runLayout('hierarchy');
    await concentric;
    const whenFirstSettled = view.snapshot().nodes;
    await hierarchy;
    expect(view.snapshot().layout).toBe('hierarchy');
    expect(view.snapshot().nodes).toEqual(whenFirstSettled);

    const fresh = createGraphView(null, { layout: 'hierarchy', onLayoutRunning: (on) => running.push(on) });
    await fresh.setElements(nodes, edges).settled;
    expect(fresh.snapshot().nodes.map(({ x, y }) => [x, y])).toEqual(whenFirstSettled.map(({ x, y }) => [x, y]));
    expect(running).toEqual([true, false]);
    fresh.destroy();
  });
});

describe('drawingChunks', () => {
  it('draws the frame alone first, then the rest 2,500 elements at a time', () => {
    expect(drawingChunks(6_000, 480)).toEqual([
      [0, 480],
      [480, 2_980],
      [2_980, 5_480],
      [5_480, 6_000],
    ]);
  });

  it('cuts a frame larger than a chunk, and chunks from the start when there is no frame', () => {
    expect(drawingChunks(6_000, 4_000)[0]).toEqual([0, 2_500]);
    expect(drawingChunks(3_000, 0)).toEqual([
      [0, 2_500],
      [2_500, 3_000],
    ]);
    expect(drawingChunks(100, 480)).toEqual([[0, 100]]);
    expect(drawingChunks(0, 0)).toEqual([]);
  });
});

describe('selection, focus and highlighting', () => {
  it('selects one element at a time and clears the selection', () => {
    view = createGraphView(null);
    const { nodes, edges } = star(2);
    view.setElements(nodes, edges);
    view.select('person:p0');
    view.select('body:hub');
    expect(view.snapshot().selected).toEqual(['body:hub']);
    view.select(null);
    expect(view.snapshot().selected).toEqual([]);
  });

  it('highlights a route and fades the rest, then clears', () => {
    view = createGraphView(null);
    const { nodes, edges } = star(3);
    view.setElements(nodes, edges);
    view.highlightPath(['person:p0', 'body:hub'], ['rel:person:p0>body:hub']);
    const snapshot = view.snapshot();
    const classesOf = (id: string) => [...snapshot.nodes, ...snapshot.edges].find((entry) => entry.id === id)!.classes;
    expect(classesOf('person:p0')).toContain('on-path');
    expect(classesOf('rel:person:p0>body:hub')).toContain('on-path');
    expect(classesOf('person:p1')).toContain('faded');
    view.highlightPath([], []);
    const classes = [...view.snapshot().nodes, ...view.snapshot().edges].flatMap((entry) => entry.classes);
    expect(classes.filter((name) => name === 'on-path' || name === 'faded')).toEqual([]);
  });

  it('centres on a node it has, and says so when it has not got one', () => {
    view = createGraphView(null);
    const { nodes, edges } = star(3);
    view.setElements(nodes, edges);
    expect(view.focus('person:p1')).toBe(true);
    expect(view.viewport().zoom).toBeGreaterThanOrEqual(1.2);
    expect(view.focus('person:nobody')).toBe(false);
  });

  it('reports taps on nodes, edges and the background', () => {
    const taps: string[] = [];
    view = createGraphView(null, { onSelect: (id) => taps.push(id), onBackgroundTap: () => taps.push('background') });
    view.setElements(star(1).nodes, star(1).edges);
    const cy = coreOf(view);
    cy.getElementById('person:p0').emit('tap');
    cy.getElementById('rel:person:p0>body:hub').emit('tap');
    cy.emit('tap');
    expect(taps).toEqual(['person:p0', 'rel:person:p0>body:hub', 'background']);
  });

  it('names as many as fit without overlapping, the most influential first, and more when zoomed in', async () => {
    view = createGraphView(null);
    const { nodes, edges } = star(40);
    // Influence: the hub most, then p0, p1, … by score. Each person also links to an anchor, so
    // none is a leaf to aggregate.
    const scored = [...nodes, node('body:anchor')].map((each, index) => ({
      ...each,
      score: each.id === 'body:anchor' ? 0 : index === 0 ? 1 : 1 / (index + 1),
    }));
    const anchored = nodes.slice(1).map((each) => edge(each.id, 'body:anchor'));
    await view.setElements(scored, [...edges, ...anchored]).settled;
    const centre = (zoom: number) => {
      const xs = view!.snapshot().nodes.map((each) => each.x);
      const ys = view!.snapshot().nodes.map((each) => each.y);
      const [cx, cy] = [(Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2];
      view!.setViewport({ zoom, pan: { x: 400 - cx * zoom, y: 300 - cy * zoom } });
    };
    centre(0.3);
    const far = view.snapshot();
    expect(far.labelled[0]).toBe('hub');
    expect(far.labelled.length).toBeLessThan(41);
    expectNoOverlap(far.labelBoxes);
    // Ranked by influence: the named people are the best scored of those in view, in that order.
    const people = far.labelled.filter((label) => /^p\d+$/.test(label)).map((label) => Number(label.slice(1)));
    expect(people).toEqual([...people].sort((a, b) => a - b));
    centre(1.5);
    const near = view.snapshot();
    expectNoOverlap(near.labelBoxes);
    expect(near.labelled.length).toBeGreaterThan(far.labelled.length);
  });

  it('names only the selection and its neighbours while one is selected, then everything again', async () => {
    view = createGraphView(null);
    const { nodes, edges } = star(3);
    await view.setElements([...nodes, node('body:far')], [...edges, edge('body:far', 'person:p0')]).settled;
    view.setViewport({ zoom: 0.3, pan: { x: 400, y: 300 } });
    view.select('body:hub');
    expect(view.snapshot().labelled[0]).toBe('hub');
    expect([...view.snapshot().labelled].sort()).toEqual(['hub', 'p0', 'p1', 'p2']);
    expect(view.labelled().map((each) => each.id)[0]).toBe('body:hub');
    // The rest fades.
    expect(view.snapshot().nodes.find((each) => each.id === 'body:far')!.classes).toContain('unfocused');
    view.select(null);
    expect(view.snapshot().labelled).toContain('far');
    expect(view.snapshot().nodes.find((each) => each.id === 'body:far')!.classes).not.toContain('unfocused');
  });

  it('restores a viewport', () => {
    view = createGraphView(null);
    view.setElements(star(2).nodes, star(2).edges);
    view.setViewport({ zoom: 1.5, pan: { x: 12, y: -30 } });
    expect(view.viewport()).toEqual({ zoom: 1.5, pan: { x: 12, y: -30 } });
  });
});
