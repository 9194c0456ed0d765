/**
 * The reader thread: parses the file and sends its rows, compacted, in batches to the import
 * thread that started it. Parsing a large workbook is most of an import's work; on its own
 * thread it runs beside the checking of the rows already read.
 */
import { parentPort } from 'node:worker_threads';
import { AppError } from '../../../../shared/errors';
import { readSheets } from '../read';
import { compact, type CompactRow } from './compactRows';
import type { ReaderMessage, ReaderRequest } from './protocol';

/** Rows per message: large enough that messaging costs little, small enough to keep progress smooth. */
const BATCH = 500;

/** Waits, modules loaded, for the file to read; then reads it and ends. */
export function runReaderThread(): void {
  const port = parentPort!;
  const abort = new AbortController();
  const onMessage = (message: ReaderRequest) => {
    if (message.type === 'cancel') abort.abort(new AppError('BAD_INPUT', '已取消。'));
    // Without a listener once read, the port no longer keeps the thread alive: it ends.
    else void read(message.file, abort.signal).finally(() => port.off('message', onMessage));
  };
  port.on('message', onMessage);
  port.postMessage({ type: 'ready' } satisfies ReaderMessage);
}

async function read(file: string, signal: AbortSignal): Promise<void> {
  const post = (message: ReaderMessage) => parentPort!.postMessage(message);
  try {
    for await (const sheet of readSheets(file, { signal })) {
      post({ type: 'sheet', name: sheet.name, hidden: sheet.hidden ?? false });
      let batch: CompactRow[] = [];
      for await (const row of sheet.rows) {
        batch.push(compact(row));
        if (batch.length === BATCH) {
          post({ type: 'rows', rows: batch });
          batch = [];
        }
      }
      if (batch.length) post({ type: 'rows', rows: batch });
    }
    post({ type: 'done' });
  } catch (error) {
    post({
      type: 'failed',
      code: error instanceof AppError ? error.code : null,
      message: error instanceof Error ? error.message : String(error),
    });
  }
}
