/** Free local ports: checking the Bolt port before starting Neo4j, and picking one for tests. */
import { createServer } from 'node:net';
import { Neo4jLaunchError } from './errors.ts';

/** Resolves when nothing listens on 127.0.0.1:port. */
export function assertPortFree(port: number, variable: string): Promise<void> {
  return new Promise((resolveFree, reject) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new Neo4jLaunchError(
              `Port ${port} on 127.0.0.1 is already in use, so Neo4j's Bolt connector cannot listen there. ` +
                `Stop the program using it (e.g. another Neo4j: \`ss -ltnp | grep :${port}\`) or set ${variable} to a free port.`,
            )
          : error,
      );
    });
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolveFree()));
  });
}

/** Asks the OS for a port that is free right now. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port')),
      );
    });
  });
}
