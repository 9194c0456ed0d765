import type { ImportStatus } from '../../../../shared/domain/excel/imports';

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
}

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
