/**
 * Where layouts are computed: in a Web Worker in the browser, so the page keeps answering while a
 * large map is laid out; in process where there are no workers (Node, tests), with the very same
 * computation. A newer job replaces an unfinished one: that worker is ended, not waited for.
 */
import { computeLayout, type LayoutJob, type LayoutPositions } from './layout-job.ts';

export interface LayoutRunner {
  /** Positions for the job, or null when a newer job replaced it first. */
  compute(job: LayoutJob, onProgress?: (done: number) => void): Promise<LayoutPositions | null>;
  dispose(): void;
}

type WorkerReply = { positions: LayoutPositions } | { progress: number } | { error: string };

export function createLayoutRunner(): LayoutRunner {
  return typeof Worker === 'undefined' ? inProcessRunner() : workerRunner();
}

function inProcessRunner(): LayoutRunner {
  return {
    compute: (job, onProgress) => Promise.resolve().then(() => computeLayout(job, onProgress)),
    dispose: () => {},
  };
}

function startWorker(): Worker | null {
  try {
    return new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
}

function workerRunner(): LayoutRunner {
  // Started at once, so the worker's script loads while the map's data is still on its way.
  let worker = startWorker();
  let pending: ((positions: LayoutPositions | null) => void) | null = null;
  // A browser that cannot run the worker (blocked by policy, say) still gets its layouts.
  let fallback: LayoutRunner | null = worker ? null : inProcessRunner();

  function cancelPending(): void {
    if (!pending) return;
    pending(null);
    pending = null;
    worker?.terminate();
    worker = startWorker();
  }

  return {
    compute(job, onProgress) {
      cancelPending();
      if (fallback || !worker) return (fallback ??= inProcessRunner()).compute(job, onProgress);
      const current = worker;
      return new Promise<LayoutPositions | null>((resolve, reject) => {
        pending = resolve;
        current.onmessage = (event: MessageEvent<WorkerReply>) => {
          if ('progress' in event.data) {
            onProgress?.(event.data.progress);
            return;
          }
          pending = null;
          if ('error' in event.data) reject(new Error(`The layout failed: ${event.data.error}`));
          else resolve(event.data.positions);
        };
        current.onerror = (event) => {
          event.preventDefault();
          pending = null;
          fallback = inProcessRunner();
          resolve(fallback.compute(job, onProgress));
        };
        current.postMessage(job);
      });
    },
    dispose() {
      cancelPending();
      worker?.terminate();
      worker = null;
    },
  };
}
