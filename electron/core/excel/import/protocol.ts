import type {
  ImportAnalysis,
  ImportResult,
  ImportStatus,
  PreviewRow,
  PreviewSummary,
  RowStatus,
  ValueColumn,
} from '../../../../shared/domain/excel/imports';
import type { PreviewOptions, SheetChoice } from './session';
import type { SheetScan } from '../read/sheetScan';
import type { PackedRows } from './packedRows';

/** How to start another thread running the same worker file (the reader, see readerThread.ts). */
export interface WorkerEntry {
  /** The file given to new Worker(). */
  url: string;
  /** Under tsx, the TypeScript module dev-worker.mjs loads. */
  entry?: string;
}

/**
 * What the main thread hands a new import worker. A worker is started before the user has chosen
 * a file (see warmImport in host.ts): it learns its import from the WorkerBegin message.
 */
export interface WorkerSetup {
  dbFile: string;
  nativeBinding?: string;
  /** Int32Array over it: [0] = 1 asks the worker to stop (read by the commit loop, which blocks). */
  cancel: SharedArrayBuffer;
  self: WorkerEntry;
}

/** Main thread -> import worker, once: the import it is for. */
export interface WorkerBegin {
  type: 'begin';
  importId: string;
  file: string;
  fileName: string;
  operator: string;
}

/** What the import thread hands its reader thread; the file follows in a 'begin' ReaderRequest. */
export interface ReaderSetup {
  role: 'reader';
  entry?: string;
  /** Int32Array over it: [0] = the rows the import thread has taken in (see readerThread.ts). */
  taken: SharedArrayBuffer;
}

/** Import thread -> reader thread. */
export type ReaderRequest =
  /** scans: the import thread looks through the sheet parts and sends each 'scan' (see sheetScan.ts). */
  | { type: 'begin'; file: string; scans: boolean }
  /** A sheet part's merges and row order; null: the reader looks itself. */
  | { type: 'scan'; part: string; scan: SheetScan | null }
  /** No more scans will come. */
  | { type: 'scansEnd' }
  | { type: 'cancel' }
  /** The names of this sheet are in this column: send their pinyin with the rows from now on. */
  | { type: 'names'; sheet: string; column: number };

/** Reader thread -> import thread: the sheets and their rows as they are read, then the end. */
export type ReaderMessage =
  | { type: 'ready' }
  | { type: 'sheet'; name: string; hidden: boolean }
  | { type: 'rows'; rows: PackedRows }
  | { type: 'done' }
  | { type: 'failed'; code: string | null; message: string };

/** What each request of the main thread to an import's thread carries, and what it answers. */
export interface WorkerOps {
  analysis: { args: { kind?: string }; result: ImportAnalysis };
  values: { args: { kind: string; sheets: SheetChoice[] }; result: { columns: ValueColumn[] } };
  preview: { args: PreviewOptions; result: PreviewSummary };
  rows: {
    args: { status?: RowStatus | 'problems'; offset: number; limit: number };
    result: { total: number; rows: PreviewRow[] };
  };
  editCell: {
    args: { sheet: string; row: number; column: number; value: string };
    result: { row: PreviewRow; summary: PreviewSummary };
  };
  exclude: { args: { sheet: string; row: number; excluded: boolean }; result: PreviewSummary };
  commit: { args: Record<string, never>; result: ImportResult };
  errorReport: { args: { filePath: string }; result: null };
  cancel: { args: Record<string, never>; result: { cancelled: boolean } };
}

export type WorkerOp = keyof WorkerOps;

export type WorkerRequest = {
  [K in WorkerOp]: {
    id: number;
    op: K;
    args: WorkerOps[K]['args'];
    /** The main thread's clock, so a worker's "today" is the app's. */
    now: number;
  };
}[WorkerOp];

export type WorkerMessage =
  | { type: 'ready' }
  | { type: 'status'; status: ImportStatus }
  | { type: 'reply'; id: number; ok: true; value: unknown }
  | { type: 'reply'; id: number; ok: false; code: string; message: string };
