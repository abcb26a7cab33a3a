/**
 * A stop lets the request under way finish and answer (a balancer's request must not be cut off),
 * and takes no new connection.
 */
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { drain } from './drain.ts';

describe('drain', () => {
  it('answers a request whose body was still arriving when the stop began, then refuses new ones', async () => {
    let received!: () => void;
    const requestArrived = new Promise<void>((resolveArrived) => (received = resolveArrived));
    const server = createServer((incoming, outgoing) => {
      received();
      let body = '';
      incoming.on('data', (chunk: Buffer) => (body += chunk.toString()));
      incoming.on('end', () => outgoing.end(`got ${body}`));
    });
    await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
    const { port } = server.address() as AddressInfo;

    const answer = new Promise<{ status: number; text: string }>((resolveAnswer, reject) => {
      const outgoing = request({ port, host: '127.0.0.1', method: 'POST', path: '/' }, (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () => resolveAnswer({ status: response.statusCode ?? 0, text }));
      });
      outgoing.on('error', reject);
      outgoing.write('half ');
      // The rest of the body only once the stop has begun.
      void requestArrived.then(async () => {
        stopped = drain(server);
        await new Promise((later) => setImmediate(later));
        outgoing.end('and the rest');
      });
    });
    let stopped: Promise<void> | undefined;

    expect(await answer).toEqual({ status: 200, text: 'got half and the rest' });
    await stopped;
    const refused = await new Promise<string>((resolveRefused) =>
      request({ port, host: '127.0.0.1', path: '/', agent: false }, () => resolveRefused('answered'))
        .on('error', (error: NodeJS.ErrnoException) => resolveRefused(error.code ?? 'error'))
        .end(),
    );
    expect(refused).toBe('ECONNREFUSED');
  });
});
