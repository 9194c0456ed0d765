/**
 * An import's own thread: it has the workbook read (on a reader thread of its own), keeps the
 * rows, checks them, and writes them in one transaction on its own connection, so neither the
 * window nor the main process waits on it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import type { ImportStatus } from '../../../../shared/domain/excel/imports';
import { AppError } from '../../../../shared/errors';
import type { Ctx } from '../../context';
import { configure } from '../../db/open';
import { toFailure } from '../../failure';
import { systemSession } from '../../operators/session';
import { Cancelled, commitImport } from './commit';
import { writeErrorReport } from './errorReport';
import { prepareSearch } from './insertRows';
import type { WorkerBegin, WorkerMessage, WorkerRequest, WorkerSetup } from './protocol';
import { ImportSession } from './session';
import { Speculation } from './speculate';
import { Staging } from './staging';
import { readInThread, type StartedReader } from './threadedRead';

/**
 * Waits, modules loaded and reader thread ready, for the import it is for (see warmImport in
 * host.ts); then reads, checks and writes it.
 */
export function runImportThread(started: StartedReader): void {
  const port = parentPort!;
  void started.ready.then(() => port.postMessage({ type: 'ready' } satisfies WorkerMessage));
  port.once('message', (begin: WorkerBegin) => runImport(begin, started));
}

function runImport(begin: WorkerBegin, started: StartedReader): void {
  started.begin(begin.file);
  const setup = { ...(workerData as WorkerSetup), ...begin };
  const port = parentPort!;
  const cancel = new Int32Array(setup.cancel);
  const post = (message: WorkerMessage) => port.postMessage(message);
  const status = (s: Partial<ImportStatus> & Pick<ImportStatus, 'phase'>) =>
    post({ type: 'status', status: { rowsDone: 0, rowsTotal: null, message: null, ...s } });

  const db = new Database(setup.dbFile, setup.nativeBinding ? { nativeBinding: setup.nativeBinding } : {});
  configure(db);
  // A large import's commit would otherwise copy the whole write-ahead log into the database
  // before its result is shown; checkpointed after the reply instead (see 'commit').
  db.pragma('wal_autocheckpoint = 0');
  let now = Date.now();
  const ctx = {
    db,
    now: () => new Date(now),
    operator: setup.operator,
    info: { version: '', mode: 'cli', dataDir: '', dbFile: setup.dbFile, operator: setup.operator },
    files: null as never,
    // The worker only reads; the main thread checked the caller's role before starting it.
    session: systemSession(),
    cleanup: new Set(),
  } satisfies Ctx;
  const session = new ImportSession(ctx, setup.fileName);
  // Once a sheet's name column is guessed, the reader thread makes the names' pinyin.
  const speculation = (session.speculation = new Speculation(ctx, setup.fileName, new Staging(db), (sheet, column) =>
    started.namesIn(sheet.name, column),
  ));
  const reader = new AbortController();

  status({ phase: 'reading' });
  const reading = readInThread(started, reader.signal, {
    // Rows are checked as they come, with the mapping the analysis will suggest (see speculate.ts).
    onRows: (sheet, final) => speculation.advance(sheet, final),
    onProgress: (rows) => status({ phase: 'reading', rowsDone: rows }),
  }).then(
    (sheets) => {
      session.sheets = sheets;
      const rows = sheets.reduce((n, s) => n + s.rows.length, 0);
      status({ phase: 'ready', rowsDone: rows, rowsTotal: rows });
    },
    (error) => {
      speculation.clear();
      // Logged once here: the requests that await the reading get the same sentence.
      const failure = toFailure(error);
      status({ phase: reader.signal.aborted ? 'cancelled' : 'failed', message: failure.message });
      throw new AppError(failure.code, failure.message);
    },
  );
  reading.catch(() => {}); // reported through status; requests see it when they await

  async function handle(request: WorkerRequest): Promise<unknown> {
    switch (request.op) {
      case 'cancel':
        Atomics.store(cancel, 0, 1);
        reader.abort(new AppError('BAD_INPUT', '已取消。'));
        return { cancelled: true };
      case 'analysis':
        await reading;
        return session.analysis(setup.importId, request.args.kind);
      case 'values':
        await reading;
        return session.values(request.args.kind, request.args.sheets);
      case 'preview': {
        await reading;
        status({ phase: 'checking' });
        const summary = session.preview(request.args, (done, total) =>
          status({ phase: 'checking', rowsDone: done, rowsTotal: total }),
        );
        status({ phase: 'checked', rowsDone: summary.counts.total, rowsTotal: summary.counts.total });
        const items = session.items;
        prepareSearch(items, () => session.items === items);
        return summary;
      }
      case 'rows':
        return session.rows(request.args.status, request.args.offset, request.args.limit);
      case 'editCell': {
        const { sheet, row, column, value } = request.args;
        return session.editCell(sheet, row, column, value);
      }
      case 'exclude':
        return session.exclude(request.args.sheet, request.args.row, request.args.excluded);
      case 'commit': {
        // A cancel that came before the commit began counts too: the flag is never reset.
        try {
          const result = commitImport(
            session,
            () => Atomics.load(cancel, 0) === 1,
            (done, total) => status({ phase: 'writing', rowsDone: done, rowsTotal: total }),
          );
          status({
            phase: 'done',
            rowsDone: result.inserted + result.updated,
            rowsTotal: result.inserted + result.updated,
          });
          setImmediate(checkpoint);
          return result;
        } catch (error) {
          if (error instanceof Cancelled) {
            status({ phase: 'cancelled', message: '已取消，数据没有任何改动。' });
            throw new AppError('CONFLICT', '导入已取消，数据没有任何改动。');
          }
          const failure = toFailure(error);
          status({ phase: 'failed', message: failure.message });
          throw new AppError(failure.code, failure.message);
        }
      }
      case 'errorReport':
        await writeErrorReport(session, request.args.filePath);
        return null;
    }
  }

  /** Readers and writers go on meanwhile; should it not finish, the next checkpoint does the rest. */
  function checkpoint(): void {
    try {
      db.pragma('wal_checkpoint(PASSIVE)');
    } catch {
      // busy or closing: the main connection checkpoints on its next write
    }
  }

  port.on('message', (request: WorkerRequest) => {
    now = request.now;
    handle(request).then(
      (value) => post({ type: 'reply', id: request.id, ok: true, value }),
      // The same failure path as every handler: a sentence for the user, the details in the log.
      (error) => {
        const { code, message } = toFailure(error);
        post({ type: 'reply', id: request.id, ok: false, code, message });
      },
    );
  });
}
