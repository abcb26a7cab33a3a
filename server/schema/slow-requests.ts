/**
 * The slow-request log: one line for every GraphQL request slower than SLOW_REQUEST_MS, with its
 * operation name, time and request id (the id its Neo4j transactions carry in their metadata).
 */
import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Log } from '../log.ts';

interface Timing {
  started: number;
  operation?: string | null;
  requestId?: string;
}

/** The log line of one slow request. */
export function slowRequestLine(operation: string | null | undefined, ms: number, requestId: string | undefined) {
  return `slow request: ${operation ?? '(anonymous)'} took ${Math.round(ms)} ms (request id ${requestId ?? 'none'})`;
}

export function useSlowRequestLog(thresholdMs: number, log: Log): Plugin<{ requestId?: string; request: Request }> {
  const timings = new WeakMap<Request, Timing>();
  return {
    onRequest({ request }) {
      if (thresholdMs > 0) timings.set(request, { started: performance.now() });
    },
    onExecute({ args }) {
      const timing = timings.get(args.contextValue.request);
      if (!timing) return;
      timing.requestId = args.contextValue.requestId;
      timing.operation = getOperationAST(args.document, args.operationName ?? undefined)?.name?.value ?? null;
    },
    onResponse({ request }) {
      const timing = timings.get(request);
      if (!timing) return;
      timings.delete(request);
      const ms = performance.now() - timing.started;
      if (ms >= thresholdMs) log(slowRequestLine(timing.operation, ms, timing.requestId));
    },
  };
}
