// Worker threads do not inherit tsx's loader on Node 20; this entry loads a TypeScript worker
// (workerData.module, by default the API benchmark's) through tsx's API.
import { workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

await tsImport(workerData?.module ?? './load-worker.ts', import.meta.url);
