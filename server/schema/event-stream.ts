/**
 * Subscriptions answer with Server-Sent Events (graphql-yoga's). Tells nginx and similar proxies not
 * to buffer them (X-Accel-Buffering), even where buffering is left on for the rest of the app.
 */
import type { Plugin } from 'graphql-yoga';

export function useEventStreamHeaders(): Plugin {
  return {
    onResponse({ response }) {
      if (response.headers.get('content-type')?.startsWith('text/event-stream')) {
        response.headers.set('x-accel-buffering', 'no');
      }
    },
  };
}
