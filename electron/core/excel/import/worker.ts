/**
 * The import worker's file. It runs as an import's own thread (importThread.ts), and that thread
 * starts the same file again as its reader thread (readerThread.ts). Each role loads only its
 * own modules: the reader needs neither SQLite nor the checks.
 */
import { workerData } from 'node:worker_threads';

import type { WorkerSetup } from './protocol';

if ((workerData as { role?: string }).role === 'reader') (await import('./readerThread')).runReaderThread();
else {
  const { self } = workerData as WorkerSetup;
  const reader = (await import('./threadedRead')).startReader(self);
  (await import('./importThread')).runImportThread(reader);
}
