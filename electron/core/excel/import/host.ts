import crypto from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ImportStatus } from '../../../../shared/domain/excel/imports';
import { AppError, type ErrorCode } from '../../../../shared/errors';
import type { Ctx } from '../../context';
import type { WorkerEntry, WorkerMessage, WorkerOp, WorkerSetup } from './protocol';

interface Running {
  worker: Worker;
  status: ImportStatus;
  cancel: Int32Array;
  pending: Map<number, { resolve: (v: unknown) => void; reject: (e: unknown) => void }>;
  next: number;
}

/**
 * A heap cap makes the worker collect its garbage early: 100,000 rows hold about 150 MB, and
 * without it V8 lets the heap grow far past that before collecting. A larger young generation
 * than the default means fewer collections while the rows are checked as they arrive.
 */
const resourceLimits = { maxOldGenerationSizeMb: 320, maxYoungGenerationSizeMb: 64 };

/** Source (tests, CLI, browser mode under tsx) or the built app's bundled worker beside main.js. */
function workerEntry(): WorkerEntry {
  const here = import.meta.url;
  // The e2e suite and the benchmarks run the built worker the app ships, though the rest runs from source.
  const built = process.env.LEDGER_IMPORT_WORKER;
  if (built) return { url: pathToFileURL(built).href };
  if (here.endsWith('.ts'))
    return { url: new URL('./dev-worker.mjs', here).href, entry: new URL('./worker.ts', here).href };
  const bundled = 'import-worker.js'; // a variable, so the bundler leaves the URL alone
  return { url: new URL(`./${bundled}`, here).href };
}

function spawn(setup: Omit<WorkerSetup, 'self'>): Worker {
  const self = workerEntry();
  return new Worker(new URL(self.url), {
    workerData: { ...setup, self, ...(self.entry ? { entry: self.entry } : {}) },
    resourceLimits,
  });
}

const hosts = new WeakMap<Ctx, Map<string, Running>>();

function running(ctx: Ctx): Map<string, Running> {
  let map = hosts.get(ctx);
  if (!map) {
    hosts.set(ctx, (map = new Map()));
    const all = map;
    ctx.cleanup.add(() => {
      for (const run of all.values()) void run.worker.terminate();
      all.clear();
    });
  }
  return map;
}

/** Starts an import's worker on a staged file; the work goes on while the caller polls its status. */
export function startImport(ctx: Ctx, file: string, fileName: string): string {
  const importId = crypto.randomBytes(8).toString('hex');
  const cancel = new SharedArrayBuffer(4);
  const worker = spawn({
    importId,
    dbFile: ctx.info.dbFile,
    nativeBinding: ctx.nativeBinding,
    file,
    fileName,
    operator: ctx.operator,
    cancel,
  });
  const run: Running = {
    worker,
    cancel: new Int32Array(cancel),
    status: { phase: 'reading', rowsDone: 0, rowsTotal: null, message: null },
    pending: new Map(),
    next: 1,
  };
  worker.on('message', (message: WorkerMessage) => {
    if (message.type === 'status') return void (run.status = message.status);
    const waiting = run.pending.get(message.id);
    run.pending.delete(message.id);
    if (message.ok) waiting?.resolve(message.value);
    else waiting?.reject(new AppError(message.code as ErrorCode, message.message));
  });
  const fail = (message: string) => {
    run.status = { ...run.status, phase: 'failed', message };
    for (const waiting of run.pending.values()) waiting.reject(new AppError('INTERNAL', message));
    run.pending.clear();
  };
  worker.on('error', (error) => {
    console.error(error);
    fail('读取文件的后台任务出错，数据没有任何改动。请重新选择文件；如果反复出现，请联系管理员。');
  });
  worker.on(
    'exit',
    (code) =>
      code !== 0 &&
      run.pending.size > 0 &&
      fail('读取文件的后台任务意外结束（文件可能太大），数据没有任何改动。请把文件拆小后重试。'),
  );
  running(ctx).set(importId, run);
  return importId;
}

function get(ctx: Ctx, importId: string): Running {
  const run = running(ctx).get(importId);
  if (!run) throw new AppError('NOT_FOUND', '这次导入已结束或已关闭，请重新选择文件。');
  return run;
}

export function importStatus(ctx: Ctx, importId: string): ImportStatus {
  return get(ctx, importId).status;
}

export function askWorker<T>(ctx: Ctx, importId: string, op: WorkerOp, args: unknown = {}): Promise<T> {
  const run = get(ctx, importId);
  if (op === 'cancel') Atomics.store(run.cancel, 0, 1); // seen even while the worker is busy writing
  const id = run.next++;
  return new Promise<T>((resolve, reject) => {
    run.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
    run.worker.postMessage({ id, op, args, now: ctx.now().getTime() });
  });
}

export async function closeImport(ctx: Ctx, importId: string): Promise<boolean> {
  const run = running(ctx).get(importId);
  if (!run) return false;
  running(ctx).delete(importId);
  await run.worker.terminate();
  return true;
}
