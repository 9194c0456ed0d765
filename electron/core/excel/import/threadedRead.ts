/**
 * Reads a file on a thread of its own (readerThread.ts) and gathers its sheets here as the rows
 * come, so the rows can be looked at while the rest of the file is still being parsed.
 */
import { Worker } from 'node:worker_threads';
import { AppError, type ErrorCode } from '../../../../shared/errors';
import type { SheetData } from './analyze';
import type { CompactCell } from './compactRows';
import { unpackRows } from './packedRows';
import { scanWorkbook } from '../read/sheetScan';
import type { ReaderMessage, ReaderRequest, ReaderSetup, WorkerEntry } from './protocol';
import { whenReady } from './workerReady';

/**
 * The reader keeps little (the shared strings); the cap stops V8 from letting its garbage pile
 * up, and the young generation is set as large as an uncapped thread's, because parsing makes
 * short-lived objects at a great rate and a smaller one makes it markedly slower.
 */
const readerLimits = { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 64 };

/** The message for a file whose reading took more memory than the reader thread may use. */
const TOO_LARGE_MESSAGE =
  '这个文件太大，读取时超出了可用内存，无法导入。请在 Excel/WPS 中把它拆成几个较小的文件（或另存为 .xlsx）后再导入';

export interface ReadHooks {
  /** More rows of the sheet came (its rows array has grown); final: the sheet has ended. */
  onRows(sheet: SheetData, final: boolean): void;
  /** Rows read so far, all sheets. */
  onProgress(rows: number): void;
}

/**
 * Short texts a column repeats row after row (a hospital, a community, 绿) are kept once rather
 * than once per row as they arrive. Longer ones (ID numbers, phones, addresses) rarely repeat.
 */
const INTERNED = 20_000;
const SHORT = 10;

function interner(): (cells: CompactCell[]) => void {
  const known = new Map<string, string>();
  return (cells) => {
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i];
      if (typeof cell !== 'string' || cell.length > SHORT) continue;
      const same = known.get(cell);
      if (same !== undefined) cells[i] = same;
      else if (known.size < INTERNED) known.set(cell, cell);
    }
  };
}

type ReaderEvent =
  { kind: 'message'; message: ReaderMessage } | { kind: 'error'; error: Error } | { kind: 'exit'; code: number };

/** A reader thread, started before its file is known; what it says is kept until readInThread listens. */
export interface StartedReader {
  worker: Worker;
  /** Settles when the thread has loaded its modules (or has failed to). */
  ready: Promise<void>;
  /** [0]: the rows taken in so far, for the thread to see how far behind they are. */
  taken: Int32Array;
  /** Gives the thread its file: it starts reading at once. */
  begin(file: string): void;
  /** Tells the thread which column of a sheet holds the names, whose pinyin it then makes when this thread is behind. */
  namesIn(sheet: string, column: number): void;
  stopKeeping(): ReaderEvent[];
}

/**
 * Starts the reader thread first thing, so it is ready to read while the import thread is still
 * loading its own modules, and the file is read while the import thread opens the database.
 */
export function startReader(self: WorkerEntry): StartedReader {
  const taken = new Int32Array(new SharedArrayBuffer(4));
  const setup: ReaderSetup = {
    role: 'reader',
    taken: taken.buffer as SharedArrayBuffer,
    ...(self.entry ? { entry: self.entry } : {}),
  };
  const worker = new Worker(new URL(self.url), { workerData: setup, resourceLimits: readerLimits });
  const kept: ReaderEvent[] = [];
  // 'ready' may come after readInThread has taken over the messages: whenReady has its own listener.
  const ready = whenReady(worker);
  const onMessage = (message: ReaderMessage) => message.type !== 'ready' && kept.push({ kind: 'message', message });
  const onError = (error: Error) => kept.push({ kind: 'error', error });
  const onExit = (code: number) => kept.push({ kind: 'exit', code });
  worker.on('message', onMessage).on('error', onError).on('exit', onExit);
  return {
    worker,
    ready,
    taken,
    begin: (file) => {
      worker.postMessage({ type: 'begin', file, scans: true } satisfies ReaderRequest);
      // This thread looks through the sheet parts while the reader reads the shared strings.
      const send = (message: ReaderRequest) => worker.postMessage(message);
      void scanWorkbook(file, (part, scan) => send({ type: 'scan', part, scan: scan ?? null }))
        .catch(() => {})
        .finally(() => send({ type: 'scansEnd' }));
    },
    namesIn: (sheet, column) => worker.postMessage({ type: 'names', sheet, column } satisfies ReaderRequest),
    stopKeeping: () => {
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      return kept;
    },
  };
}

/** Every sheet of the file, read on the reader thread. Aborting rejects with the signal's reason. */
export function readInThread(started: StartedReader, signal: AbortSignal, hooks: ReadHooks): Promise<SheetData[]> {
  const reader = started.worker;
  if (signal.aborted) {
    void reader.terminate();
    return Promise.reject(signal.reason);
  }
  const sheets: SheetData[] = [];
  const intern = interner();
  let count = 0;
  let reported = 0;
  return new Promise<SheetData[]>((resolve, reject) => {
    let settled = false;
    const settle = (error: unknown | null) => {
      if (settled) return;
      settled = true;
      signal.removeEventListener('abort', onAbort);
      if (error === null) resolve(sheets);
      else reject(error);
    };
    const onAbort = () => {
      // The reader stops at its next row; should it not end soon, it is ended.
      reader.postMessage({ type: 'cancel' } satisfies ReaderRequest);
      setTimeout(() => void reader.terminate(), 10_000).unref();
      settle(signal.reason);
    };
    signal.addEventListener('abort', onAbort);
    const last = () => sheets[sheets.length - 1];
    const onMessage = (message: ReaderMessage) => {
      if (settled) return;
      switch (message.type) {
        case 'ready':
          return;
        case 'sheet': {
          const previous = last();
          if (previous) hooks.onRows(previous, true);
          sheets.push({ name: message.name, hidden: message.hidden, rows: [] });
          return;
        }
        case 'rows': {
          const sheet = last()!;
          const rows = unpackRows(message.rows);
          for (const row of rows) {
            intern(row.cells);
            sheet.rows.push(row);
          }
          count += rows.length;
          hooks.onRows(sheet, false);
          Atomics.store(started.taken, 0, count);
          if (count - reported >= 1000) hooks.onProgress((reported = count));
          return;
        }
        case 'done': {
          const sheet = last();
          if (sheet) hooks.onRows(sheet, true);
          hooks.onProgress(count);
          settle(null);
          return;
        }
        case 'failed':
          return settle(
            message.code ? new AppError(message.code as ErrorCode, message.message) : new Error(message.message),
          );
      }
    };
    const onError = (error: Error) =>
      settle(
        (error as { code?: unknown }).code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? new AppError('BAD_INPUT', TOO_LARGE_MESSAGE)
          : error,
      );
    const onExit = (code: number) =>
      settle(new Error(`the reader thread ended (exit code ${code}) before the file was read`));
    for (const event of started.stopKeeping()) {
      if (event.kind === 'message') onMessage(event.message);
      else if (event.kind === 'error') onError(event.error);
      else onExit(event.code);
    }
    reader.on('message', onMessage).on('error', onError).on('exit', onExit);
  });
}
