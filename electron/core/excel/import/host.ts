import crypto from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ImportStatus } from '../../../../shared/domain/excel/imports';
import { AppError, type ErrorCode } from '../../../../shared/errors';
import type { Ctx } from '../../context';
import type {
  WorkerBegin,
  WorkerEntry,
  WorkerMessage,
  WorkerOp,
  WorkerOps,
  WorkerRequest,
  WorkerSetup,
} from './protocol';
import { whenReady } from './workerReady';

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
export function workerEntry(): WorkerEntry {
  const here = import.meta.url;
  // The e2e suite and the benchmarks run the built worker the app ships, though the rest runs from source.
  const built = process.env.LEDGER_IMPORT_WORKER;
  if (built) return { url: pathToFileURL(built).href };
  if (here.endsWith('.ts'))
    return { url: new URL('./dev-worker.mjs', here).href, entry: new URL('./worker.ts', here).href };
  const bundled = 'import-worker.js'; // a variable, so the bundler leaves the URL alone
  return { url: new URL(`./${bundled}`, here).href };
}

/** A worker started ahead of its import, and when it has loaded its modules and its reader thread. */
interface Spawned {
  worker: Worker;
  cancel: SharedArrayBuffer;
  ready: Promise<void>;
}

function spawn(ctx: Ctx): Spawned {
  const self = workerEntry();
  const cancel = new SharedArrayBuffer(4);
  const setup: WorkerSetup = { dbFile: ctx.info.dbFile, nativeBinding: ctx.nativeBinding, cancel, self };
  const worker = new Worker(new URL(self.url), {
    workerData: { ...setup, ...(self.entry ? { entry: self.entry } : {}) },
    resourceLimits,
  });
  return { worker, cancel, ready: whenReady(worker) };
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

/** How long a worker started for the wizard waits for a file before it is ended. */
const WARM_FOR_MS = 10 * 60_000;

const warm = new WeakMap<Ctx, { spawned: Spawned; forget: () => void }>();

/**
 * Starts an import's threads before the user has chosen a file (the wizard calls it when it
 * opens): starting them and loading their modules takes a few tenths of a second that the user
 * would otherwise wait for after choosing. It opens no file and no database until startImport.
 * Resolves when the threads are ready. At most one is kept per app.
 */
export async function warmImport(ctx: Ctx): Promise<void> {
  let kept = warm.get(ctx);
  if (!kept) {
    const spawned = spawn(ctx);
    // Once ready, waiting for a file keeps nothing running: a CLI or test that never imports still ends.
    void spawned.ready.then(() => warm.get(ctx)?.spawned === spawned && spawned.worker.unref());
    const end = () => {
      forget();
      void spawned.worker.terminate();
    };
    const onError = (error: Error) => {
      console.error(error);
      end();
    };
    const timer = setTimeout(end, WARM_FOR_MS).unref();
    const forget = () => {
      clearTimeout(timer);
      ctx.cleanup.delete(end);
      spawned.worker.off('error', onError);
      if (warm.get(ctx)?.spawned === spawned) warm.delete(ctx);
    };
    spawned.worker.on('error', onError).once('exit', forget);
    ctx.cleanup.add(end);
    warm.set(ctx, (kept = { spawned, forget }));
  }
  await kept.spawned.ready;
}

/** The worker warmImport started, if it is still there; else a new one. */
function takeWorker(ctx: Ctx): Spawned {
  const kept = warm.get(ctx);
  if (!kept) return spawn(ctx);
  kept.forget();
  kept.spawned.worker.ref();
  return kept.spawned;
}

/** Starts an import's worker on a staged file; the work goes on while the caller polls its status. */
export function startImport(ctx: Ctx, file: string, fileName: string): string {
  const importId = crypto.randomBytes(8).toString('hex');
  const { worker, cancel } = takeWorker(ctx);
  const run: Running = {
    worker,
    cancel: new Int32Array(cancel),
    status: { phase: 'reading', rowsDone: 0, rowsTotal: null, message: null },
    pending: new Map(),
    next: 1,
  };
  worker.on('message', (message: WorkerMessage) => {
    if (message.type === 'ready') return;
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
  worker.postMessage({ type: 'begin', importId, file, fileName, operator: ctx.operator } satisfies WorkerBegin);
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

export function askWorker<K extends WorkerOp>(
  ctx: Ctx,
  importId: string,
  op: K,
  args: WorkerOps[K]['args'],
): Promise<WorkerOps[K]['result']> {
  const run = get(ctx, importId);
  if (op === 'cancel') Atomics.store(run.cancel, 0, 1); // seen even while the worker is busy writing
  const id = run.next++;
  return new Promise((resolve, reject) => {
    run.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
    run.worker.postMessage({ id, op, args, now: ctx.now().getTime() } as WorkerRequest);
  });
}

export async function closeImport(ctx: Ctx, importId: string): Promise<boolean> {
  const run = running(ctx).get(importId);
  if (!run) return false;
  running(ctx).delete(importId);
  await run.worker.terminate();
  return true;
}
