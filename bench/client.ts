/**
 * Client benchmark in Debian's Chromium: time to first render and frames per second while panning
 * and zooming, at 500, 2,000 and 5,000 nodes of a synthetic network, Stakeholder Atlas's graph
 * engine side by side with bare Cytoscape on the same elements and layout, in alternating rounds.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import sirv from 'sirv';
import { build } from 'vite';

const ROUNDS = 2;
const SIZES = [500, 2_000, 5_000];

type Result = { firstRenderMs: number; longestFrameMs: number; fps: number };
/**
 * Pans (dragging the background) and zooms (the wheel) as a reader does, with real input events:
 * that is what the engine's snapshot-while-moving (textureOnViewport) serves.
 */
async function panAndZoom(page: Page): Promise<number> {
  await page.mouse.move(640, 450);
  await page.evaluate(() => window.countFrames());
  for (let stroke = 0; stroke < 4; stroke++) {
    await page.mouse.move(10, 10);
    await page.mouse.down();
    await page.mouse.move(810, 610, { steps: 25 });
    await page.mouse.up();
    await page.mouse.move(640, 450);
    for (let step = 0; step < 10; step++) await page.mouse.wheel(0, stroke % 2 === 0 ? 120 : -120);
  }
  return page.evaluate(() => window.framesPerSecond());
}

const signed = (value: number) => `${value >= 0 ? '+' : '−'}${Math.abs(value).toFixed(0)}`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export async function benchClient(log: (line: string) => void): Promise<string[]> {
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
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/index.html`);
    await page.waitForFunction(() => typeof window.drawBench === 'function');
    for (const size of SIZES) {
      const results: Record<'atlas' | 'bare', Result[]> = { atlas: [], bare: [] };
      for (let round = 0; round < ROUNDS; round++) {
        for (const engine of ['bare', 'atlas'] as const) {
          log(`client: ${size} nodes, ${engine}, round ${round + 1}...`);
          const drawn = await page.evaluate(([e, n]) => window.drawBench(e, n), [engine, size] as const);
          const fps = await panAndZoom(page);
          results[engine].push({ ...drawn, fps });
        }
      }
      const render = (engine: 'atlas' | 'bare') => median(results[engine].map((result) => result.firstRenderMs));
      const fps = (engine: 'atlas' | 'bare') => median(results[engine].map((result) => result.fps));
      const frozen = (engine: 'atlas' | 'bare') => median(results[engine].map((result) => result.longestFrameMs));
      lines.push(
        `${String(size).padStart(5)} nodes | first render ${render('atlas').toFixed(0)} ms vs ${render('bare').toFixed(0)} ms ` +
          `(${signed(render('atlas') - render('bare'))} ms, ${(render('atlas') / render('bare')).toFixed(2)}x) | ` +
          `longest frame while drawing ${frozen('atlas').toFixed(0)} ms vs ${frozen('bare').toFixed(0)} ms | ` +
          `pan/zoom ${fps('atlas').toFixed(1)} fps vs ${fps('bare').toFixed(1)} fps (${(fps('atlas') / fps('bare')).toFixed(2)}x)`,
      );
    }
  } finally {
    await browser.close();
    await new Promise((closed) => server.close(closed));
    rmSync(outDir, { recursive: true, force: true });
  }
  return lines;
}
