/**
 * The import worker's file. It runs as an import's own thread (importThread.ts), and that thread
 * starts the same file again as its reader thread (readerThread.ts).
 */
import { workerData } from 'node:worker_threads';
import { runImportThread } from './importThread';
import { runReaderThread } from './readerThread';

if ((workerData as { role?: string }).role === 'reader') void runReaderThread();
else runImportThread();
