/**
 * Client benchmark in Debian's Chromium: time to the first useful picture, the longest frame while
 * drawing, selection and search response times, and frames per second while panning and zooming, at
 * 500, 2,000 and 5,000 nodes of a synthetic network and at the synthetic national network (20,102
 * nodes, 61,080 edges). Stakeholder Atlas's graph engine side by side with bare Cytoscape on the same
 * elements in the same run, in alternating rounds (one round at the national size: it is slow).
 * The seed (about 90 stakeholders) is drawn too. BENCH_CLIENT_SIZES=seed,20000 runs chosen sizes
 * only. Targets at the national size: first useful picture ≤ 5 s, first named overview ≤ 5 s,
 * pan/zoom ≥ 30 fps, selection and search ≤ 100 ms, at least 25 names at the whole-network zoom; at
 * every size no two names overlap.
 * Then, at the national size, each layout's time to finish on the engine's map, and, at the seed and
 * from 5,000 nodes, how well the force layout keeps communities apart against the layout before
 * (client/structure.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import sirv from 'sirv';
import { build } from 'vite';
import { readAtlasFile } from '../core/import/atlas-file.ts';
import { RELATIONSHIP_TYPES, type RelationshipType } from '../core/vocabulary.ts';
import type { BenchGraph } from './client/main.ts';
import { layoutSilhouettes } from './client/structure.ts';

const ROUNDS = 2;
const NATIONAL = 20_000;
/** 'seed' is the seed's network; numbers are synthetic networks of that many nodes. */
const SIZES: ('seed' | number)[] = process.env.BENCH_CLIENT_SIZES
  ? process.env.BENCH_CLIENT_SIZES.split(',').map((size) => (size === 'seed' ? 'seed' : Number(size)))
  : ['seed', 500, 2_000, 5_000, NATIONAL];

/** The seed's network (seed/data) as the view's input. */
function seedGraph(): BenchGraph {
  const dir = fileURLToPath(new URL('../seed/data/', import.meta.url));
  const files = [
    ...readdirSync(dir).filter((name) => name.endsWith('.yaml')),
    ...readdirSync(join(dir, 'relationships')).map((name) => join('relationships', name)),
  ].map((name) => readAtlasFile(name, readFileSync(join(dir, name), 'utf8')));
  const entities = files.flatMap((file) => file.entities) as {
    id: string;
    kind: string;
    type?: string;
    name: string;
  }[];
  const relationships = files.flatMap((file) => file.relationships) as {
    id: string;
    type: RelationshipType;
    from: string;
    to: string;
    confidence: number;
  }[];
  const degree = new Map<string, number>();
  for (const { from, to } of relationships) for (const end of [from, to]) degree.set(end, (degree.get(end) ?? 0) + 1);
  return {
    nodes: entities.map((entity) => ({
      id: entity.id,
      label: entity.name,
      kind: entity.kind as BenchGraph['nodes'][number]['kind'],
      type: entity.type ?? null,
      sector: null,
      degree: degree.get(entity.id) ?? 0,
    })),
    edges: relationships.map((record) => ({
      id: record.id,
      source: record.from,
      target: record.to,
      type: record.type,
      family: RELATIONSHIP_TYPES[record.type].family,
      confidence: record.confidence,
    })),
  };
}
/** Selections and searches timed per round (the median counts). */
const PICKS = 7;

type Result = {
  firstRenderMs: number;
  firstLabelledMs: number;
  /** Names readable at the whole-network zoom, and pairs of them overlapping, there and after moving. */
  labelsShown: number;
  overlaps: number;
  overlapsAfterMoving: number;
  allDrawnMs: number;
  longestFrameMs: number;
  fps: number;
  selectMs: number;
  searchMs: number;
  nodes: number;
  edges: number;
};
/**
 * Pans (dragging the background) and zooms (the wheel) as a reader does, with real input events:
 * that is what the engine's drawing while moving serves (a snapshot on small maps, the nodes in view
 * on large ones: client/graph/canvas-tuning.ts).
 */
async function panAndZoom(page: Page, strokes = 4): Promise<number> {
  await page.mouse.move(640, 450);
  await page.evaluate(() => window.countFrames());
  for (let stroke = 0; stroke < strokes; stroke++) {
    await page.mouse.move(10, 10);
    await page.mouse.down();
    await page.mouse.move(810, 610, { steps: 25 });
    await page.mouse.up();
    await page.mouse.move(640, 450);
    for (let step = 0; step < 10; step++) await page.mouse.wheel(0, stroke % 2 === 0 ? 120 : -120);
  }
  return page.evaluate(() => window.framesPerSecond());
}

/**
 * Each layout's time to finish on the national map, from the call to the drawn result, and the zoom
 * its fit reached (the map's minimum is 0.1: a smaller picture would not fit). The hierarchy refuses
 * this size (client/graph/layouts.ts), so its time is that of saying no.
 */
async function layoutTimes(page: Page, log: (line: string) => void): Promise<string> {
  const parts: string[] = [];
  for (const name of ['concentric', 'hierarchy', 'force'] as const) {
    log(`client: ${name} layout at the national size...`);
    const { ms, zoom } = await page.evaluate((layout) => window.layoutBench(layout), name);
    parts.push(`${name} ${(ms / 1000).toFixed(1)} s (fit at zoom ${zoom.toFixed(2)})`);
  }
  return `national layouts, time to finish: ${parts.join(', ')}; the hierarchy refuses more than 500 stakeholders`;
}

const signed = (value: number) => `${value >= 0 ? '+' : '−'}${Math.abs(value).toFixed(0)}`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Builds the benchmark page (bench/client/) and serves it on a free port until closed. */
async function serveBenchPage(): Promise<{ url: string; close: () => Promise<void> }> {
  const outDir = mkdtempSync(join(tmpdir(), 'atlas-bench-client-'));
  await build({
    root: fileURLToPath(new URL('./client/', import.meta.url)),
    configFile: false,
    mode: 'production',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 5_000 },
  });
  const server = createServer(sirv(outDir));
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/index.html`,
    close: async () => {
      await new Promise((closed) => server.close(closed));
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

/** One engine's round at one size: draws, counts names, pans and zooms, selects and searches. */
async function measureRound(
  page: Page,
  engine: 'atlas' | 'bare',
  size: number,
  graph: BenchGraph | undefined,
): Promise<Result> {
  const drawn = await page.evaluate(([e, n, g]) => window.drawBench(e, n, g), [engine, size, graph] as const);
  const whole = await page.evaluate(() => window.labelStats());
  // Bare Cytoscape draws the national size at about one frame a second: fewer strokes and picks there.
  const fps = await panAndZoom(page, size >= NATIONAL ? 2 : 4);
  // At rest again (names are placed 150 ms after the last move).
  await page.waitForTimeout(400);
  const moved = await page.evaluate(() => window.labelStats());
  const selections: number[] = [];
  const searches: number[] = [];
  for (let pick = 0; pick < (size >= NATIONAL ? 3 : PICKS); pick++) {
    selections.push(await page.evaluate(() => window.selectBench()));
    searches.push(await page.evaluate(() => window.searchBench()));
  }
  return {
    ...drawn,
    labelsShown: whole.shown,
    overlaps: whole.overlaps,
    overlapsAfterMoving: moved.overlaps,
    fps,
    selectMs: median(selections),
    searchMs: median(searches),
  };
}

/** The report's line for one size: the engine against bare Cytoscape, medians of the rounds. */
function describeSize(results: Record<'atlas' | 'bare', Result[]>): string {
  const of = (engine: 'atlas' | 'bare', key: Exclude<keyof Result, 'nodes' | 'edges'>) =>
    median(results[engine].map((result) => result[key]));
  const count = (key: 'labelsShown' | 'overlaps' | 'overlapsAfterMoving') =>
    `${of('atlas', key).toFixed(0)} vs ${of('bare', key).toFixed(0)}`;
  const ms = (
    key: Exclude<keyof Result, 'nodes' | 'edges' | 'fps' | 'labelsShown' | 'overlaps' | 'overlapsAfterMoving'>,
  ) =>
    `${of('atlas', key).toFixed(0)} ms vs ${of('bare', key).toFixed(0)} ms (${(of('atlas', key) / of('bare', key)).toFixed(2)}x)`;
  const { nodes, edges } = results.atlas[0]!;
  return (
    `${nodes.toLocaleString('en-GB').padStart(6)} nodes, ${edges.toLocaleString('en-GB')} edges | ` +
    `first useful picture ${ms('firstRenderMs')} (${signed(of('atlas', 'firstRenderMs') - of('bare', 'firstRenderMs'))} ms) | ` +
    `first named overview ${ms('firstLabelledMs')} | names readable at the whole-network zoom ${count('labelsShown')} | ` +
    `overlapping name pairs at rest ${count('overlaps')}, after panning and zooming ${count('overlapsAfterMoving')} | ` +
    `all drawn ${ms('allDrawnMs')} | longest frame while drawing ${ms('longestFrameMs')} | ` +
    `pan/zoom ${of('atlas', 'fps').toFixed(1)} fps vs ${of('bare', 'fps').toFixed(1)} fps (${(of('atlas', 'fps') / of('bare', 'fps')).toFixed(2)}x) | ` +
    `selection ${ms('selectMs')} | search ${ms('searchMs')}`
  );
}

export async function benchClient(log: (line: string) => void): Promise<string[]> {
  const served = await serveBenchPage();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const lines: string[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(served.url);
    await page.waitForFunction(() => typeof window.drawBench === 'function');
    for (const wanted of SIZES) {
      const graph = wanted === 'seed' ? seedGraph() : undefined;
      const size = graph ? graph.nodes.length : (wanted as number);
      const results: Record<'atlas' | 'bare', Result[]> = { atlas: [], bare: [] };
      const rounds = size >= NATIONAL ? 1 : ROUNDS;
      for (let round = 0; round < rounds; round++) {
        for (const engine of ['bare', 'atlas'] as const) {
          log(`client: ${wanted} (${size} nodes), ${engine}, round ${round + 1}...`);
          results[engine].push(await measureRound(page, engine, size, graph));
        }
      }
      // Each layout on the engine's map, drawn last: its time to finish, fitted (national size only).
      if (size >= NATIONAL) lines.push(await layoutTimes(page, log));
      lines.push(describeSize(results));
    }
    lines.push(
      ...(await layoutSilhouettes(
        SIZES.filter((size): size is number => size !== 'seed' && size >= 5_000),
        log,
      )),
    );
  } finally {
    await browser.close();
    await served.close();
  }
  return lines;
}
