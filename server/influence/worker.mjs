// Worker threads do not inherit tsx's loader on Node 20; this entry loads the TypeScript worker through tsx's API.
import { tsImport } from 'tsx/esm/api';

await tsImport('./worker.ts', import.meta.url);
