import type { ImportStatus } from '../../../../shared/domain/excel/imports';
import type { CompactRow } from './compactRows';

/** How to start another thread running the same worker file (the reader, see readerThread.ts). */
export interface WorkerEntry {
  /** The file given to new Worker(). */
  url: string;
  /** Under tsx, the TypeScript module dev-worker.mjs loads. */
  entry?: string;
}

/** What the main thread hands a new import worker. */
export interface WorkerSetup {
  importId: string;
  dbFile: string;
  nativeBinding?: string;
  file: string;
  fileName: string;
  operator: string;
  /** Int32Array over it: [0] = 1 asks the worker to stop (read by the commit loop, which blocks). */
  cancel: SharedArrayBuffer;
  self: WorkerEntry;
}

/** What the import thread hands its reader thread. */
export interface ReaderSetup {
  role: 'reader';
  file: string;
  entry?: string;
}

/** Reader thread -> import thread: the sheets and their rows as they are read, then the end. */
export type ReaderMessage =
  | { type: 'sheet'; name: string; hidden: boolean }
  | { type: 'rows'; rows: CompactRow[] }
  | { type: 'done' }
  | { type: 'failed'; code: string | null; message: string };

export type WorkerOp = 'analysis' | 'preview' | 'rows' | 'editCell' | 'exclude' | 'commit' | 'errorReport' | 'cancel';

export interface WorkerRequest {
  id: number;
  op: WorkerOp;
  args: unknown;
  /** The main thread's clock, so a worker's "today" is the app's. */
  now: number;
}

export type WorkerMessage =
  | { type: 'status'; status: ImportStatus }
  | { type: 'reply'; id: number; ok: true; value: unknown }
  | { type: 'reply'; id: number; ok: false; code: string; message: string };
