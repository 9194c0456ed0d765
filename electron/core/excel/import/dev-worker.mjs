// Runs the TypeScript worker from source (tests, the CLI and browser mode under tsx);
// the built app runs the bundled import-worker.js instead.
import { workerData } from 'node:worker_threads';

const { register } = await import('tsx/esm/api');
register();
await import(workerData.entry);
