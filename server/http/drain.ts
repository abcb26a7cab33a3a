/**
 * Stopping an HTTP server without cutting off the requests under way.
 */
import type { Server } from 'node:http';

/** How long requests under way may take to finish once the app is told to stop. */
export const DRAIN_MS = 5_000;

/**
 * Stops taking connections and lets the requests under way finish (behind a load balancer a stop
 * must not cut them off: a write could commit and its caller never hear), closing idle keep-alive
 * connections at once and whatever is still open after DRAIN_MS.
 */
export async function drain(server: Server): Promise<void> {
  const closed = new Promise<void>((resolveClosed) => server.close(() => resolveClosed()));
  // A keep-alive connection turns idle once its last answer is sent: close it then, not after its timeout.
  server.closeIdleConnections();
  const idle = setInterval(() => server.closeIdleConnections(), 50);
  const cutOff = setTimeout(() => server.closeAllConnections(), DRAIN_MS);
  await closed;
  clearInterval(idle);
  clearTimeout(cutOff);
}
