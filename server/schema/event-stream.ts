/**
 * Subscriptions answer with Server-Sent Events (graphql-yoga's). Tells nginx and similar proxies not
 * to buffer them (X-Accel-Buffering), even where buffering is left on for the rest of the app, and
 * no cache to store them (yoga says only `no-cache`): a stream is per user, like every API answer.
 */
import type { Plugin } from 'graphql-yoga';

export function useEventStreamHeaders(): Plugin {
  return {
    onResponse({ response }) {
      if (response.headers.get('content-type')?.startsWith('text/event-stream')) {
        response.headers.set('x-accel-buffering', 'no');
        response.headers.set('cache-control', 'no-store');
      }
    },
  };
}
