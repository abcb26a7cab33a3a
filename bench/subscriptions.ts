/**
 * Live delivery benchmark (`npm run bench -- subscriptions`): `subscribers` open subscriptions to
 * the change feed over Server-Sent Events (default 200) on the real server, while `logInteraction`
 * writes arrive at `writesPerSecond` (default 10) for `seconds` (default 20). Prints the delivery
 * latency (from the write's answer to each subscriber's event: p50, p99, max), the memory each open
 * subscription holds (RSS and heap growth after opening them, divided by their number), and, as the
 * baseline of the same run, the same writes delivered to one subscriber. Target (issue 26): p99 ≤ 1 s.
 * The subscribers read in this process (their parsing is a small share of its work).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { createApp } from '../server/app.ts';
import { readConfig } from '../server/config.ts';
import type { Executor } from '../server/db/executor.ts';
import { percentile } from './stats.ts';

export interface SubscriptionOptions {
  subscribers: number;
  writesPerSecond: number;
  seconds: number;
}

const TOKEN = 'subscriptions-bench-editor-0123456789abcdef';
const SUBSCRIBE = 'subscription { changes { seq targetId } }';
const LOG = 'mutation ($input: InteractionInput!) { logInteraction(input: $input) { id } }';

/** One open subscription: calls `onChange` with each change's targetId as it arrives. */
async function openSubscription(url: string, onChange: (targetId: string) => void): Promise<() => void> {
  const abort = new AbortController();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify({ query: SUBSCRIBE }),
    signal: abort.signal,
  });
  if (!response.ok || !response.body) throw new Error(`subscription refused: HTTP ${response.status}`);
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  void (async () => {
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (done) return;
      buffer += value;
      for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
        const data = buffer
          .slice(0, end)
          .split('\n')
          .filter((line) => line.startsWith('data:'))
          .map((line) => line.slice(5).trim())
          .join('');
        buffer = buffer.slice(end + 2);
        if (!data) continue;
        const targetId = (JSON.parse(data) as { data?: { changes?: { targetId: string } } }).data?.changes?.targetId;
        if (targetId) onChange(targetId);
      }
    }
  })();
  return () => abort.abort();
}

interface Delivery {
  latencies: number[];
  missed: number;
  writes: number;
}

/** Writes at the rate for `seconds`; resolves to every subscriber's delivery latencies. */
async function deliver(
  url: string,
  subscribers: number,
  entityIds: string[],
  options: SubscriptionOptions,
): Promise<Delivery> {
  const answered = new Map<string, number>();
  const received = new Map<string, number[]>();
  const closes = await Promise.all(
    Array.from({ length: subscribers }, () =>
      openSubscription(url, (targetId) => {
        const times = received.get(targetId) ?? [];
        times.push(performance.now());
        received.set(targetId, times);
      }),
    ),
  );
  const writes: Promise<void>[] = [];
  const total = options.writesPerSecond * options.seconds;
  for (let i = 0; i < total; i++) {
    writes.push(write(url, entityIds[i % entityIds.length]!).then((id) => void answered.set(id, performance.now())));
    await new Promise((next) => setTimeout(next, 1000 / options.writesPerSecond));
  }
  await Promise.all(writes);
  await new Promise((settle) => setTimeout(settle, 3_000)); // the last deliveries
  closes.forEach((close) => close());
  const latencies: number[] = [];
  let missed = 0;
  for (const [id, at] of answered) {
    const times = received.get(id) ?? [];
    missed += subscribers - times.length;
    // An event may arrive before the write's answer does: that is 0 ms, not negative.
    for (const time of times) latencies.push(Math.max(0, time - at));
  }
  return { latencies: latencies.sort((a, b) => a - b), missed, writes: answered.size };
}

async function write(url: string, entityId: string): Promise<string> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify({
      query: LOG,
      variables: { input: { kind: 'CALL', date: '2016-05-01', participants: [entityId], summary: 'Delivery bench' } },
    }),
  });
  const body = (await response.json()) as { data?: { logInteraction: { id: string } }; errors?: unknown };
  if (!body.data) throw new Error(`logInteraction failed: ${JSON.stringify(body.errors)}`);
  return body.data.logInteraction.id;
}

const MB = 2 ** 20;

export async function benchSubscriptions(
  executor: Executor,
  log: (line: string) => void,
  options: SubscriptionOptions,
): Promise<string[]> {
  const app = createApp({
    executor,
    authTokens: readConfig({ AUTH_TOKENS: `editor:${TOKEN}` }).AUTH_TOKENS,
    log: (line) => log(`server: ${line}`),
  });
  const server = createServer(app.listener);
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  const entityIds = (
    await executor.read<{ id: string }>('graph/list-entity-ids', { asOf: null, after: null, first: 50 })
  ).map((row) => row.id);
  try {
    log(`subscriptions: baseline, 1 subscriber, ${options.writesPerSecond} writes/s for ${options.seconds} s...`);
    const one = await deliver(url, 1, entityIds, options);
    // Memory: what opening the subscriptions adds, measured with nothing else running.
    const memory = () => (globalThis.gc?.(), process.memoryUsage());
    const before = memory();
    const closes = await Promise.all(
      Array.from({ length: options.subscribers }, () => openSubscription(url, () => {})),
    );
    await new Promise((settle) => setTimeout(settle, 1_000));
    const opened = memory();
    closes.forEach((close) => close());
    log(
      `subscriptions: ${options.subscribers} subscribers, ${options.writesPerSecond} writes/s for ${options.seconds} s...`,
    );
    const many = await deliver(url, options.subscribers, entityIds, options);
    const line = (name: string, result: Delivery) =>
      `${name.padEnd(16)} ${result.writes} writes, ${result.latencies.length} deliveries, missed ${result.missed} | ` +
      `p50 ${percentile(result.latencies, 50).toFixed(0)} ms | p99 ${percentile(result.latencies, 99).toFixed(0)} ms | ` +
      `max ${(result.latencies.at(-1) ?? NaN).toFixed(0)} ms`;
    const p99 = percentile(many.latencies, 99);
    return [
      `load average at the end ${os.loadavg()[0]!.toFixed(1)}, ${os.cpus().length} CPUs`,
      line('1 subscriber', one),
      line(`${options.subscribers} subscribers`, many),
      `p99 with ${options.subscribers} vs 1: ${(p99 / percentile(one.latencies, 99)).toFixed(2)}x`,
      `memory per open subscription: RSS ${(((opened.rss - before.rss) / options.subscribers) * (1024 / MB)).toFixed(1)} KB, ` +
        `heap ${(((opened.heapUsed - before.heapUsed) / options.subscribers) * (1024 / MB)).toFixed(1)} KB` +
        (globalThis.gc ? ' (after a forced collection)' : ' (without --expose-gc: rough)'),
      `target (delivery p99 <= 1000 ms, none missed): ${p99 <= 1000 && many.missed === 0 ? 'met' : 'NOT met'}`,
    ];
  } finally {
    app.feed.close();
    server.closeAllConnections();
    await new Promise((closed) => server.close(closed));
    await app.influence.close();
  }
}
