/**
 * The reader thread: parses the file and sends its rows, compacted, in packed batches to the import
 * thread that started it. Parsing a large workbook is most of an import's work; on its own
 * thread it runs beside the checking of the rows already read.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { cleanName } from '../../../../shared/domain/text';
import { AppError } from '../../../../shared/errors';
import { namePinyin } from '../../ledgers/namePinyin';
import { readSheets, rowBatches, sourceKind, type ReadOptions, type SheetRow } from '../read';
import type { SheetScan } from '../read/sheetScan';
import { compactCell, type NamePinyinOf } from './compactRows';
import { RowPacker } from './packedRows';
import type { ReaderMessage, ReaderRequest, ReaderSetup } from './protocol';

/** A name cleaned as the validator cleans it, with its pinyin; nothing for a blank one. */
function pinyinOf(text: string): NamePinyinOf | undefined {
  const name = cleanName(text);
  return name ? { name, ...namePinyin(name) } : undefined;
}

/** Rows per message: large enough that messaging costs little, small enough to keep progress smooth. */
const BATCH = 500;

/**
 * Rows sent and not yet taken in by the import thread beyond which it is behind: the reader then
 * makes the names' pinyin itself. Otherwise it leaves them to that thread, which would only wait.
 * On two cores this shares the work between the threads; where each has a core, the import thread
 * is behind all along and the reader makes them all.
 */
const BEHIND = 2 * BATCH;

/**
 * Waits, modules loaded, for the file to read; then reads it and ends. Told which column of a
 * sheet holds the names, it makes their pinyin too while the import thread is behind.
 */
export function runReaderThread(): void {
  const port = parentPort!;
  const abort = new AbortController();
  const names = new Map<string, number>();
  const taken = new Int32Array((workerData as ReaderSetup).taken);
  const scans = scansFromImportThread();
  const onMessage = (message: ReaderRequest) => {
    if (message.type === 'cancel') abort.abort(new AppError('BAD_INPUT', '已取消。'));
    else if (message.type === 'names') names.set(message.sheet, message.column);
    else if (message.type === 'scan' || message.type === 'scansEnd') scans.take(message);
    // Without a listener once read, the port no longer keeps the thread alive: it ends.
    else {
      const scanOf = message.scans ? scans.of : undefined;
      void read(message.file, { signal: abort.signal, scanOf }, names, taken).finally(() =>
        port.off('message', onMessage),
      );
    }
  };
  port.on('message', onMessage);
  port.postMessage({ type: 'ready' } satisfies ReaderMessage);
}

/** The sheet scans the import thread sends, given to the reading as they are asked for. */
function scansFromImportThread() {
  const known = new Map<string, SheetScan | null>();
  const waiting = new Map<string, (scan: SheetScan | undefined) => void>();
  let ended = false;
  return {
    take(message: Extract<ReaderRequest, { type: 'scan' | 'scansEnd' }>): void {
      if (message.type === 'scan') {
        known.set(message.part, message.scan);
        waiting.get(message.part)?.(message.scan ?? undefined);
        waiting.delete(message.part);
        return;
      }
      ended = true;
      for (const resolve of waiting.values()) resolve(undefined);
      waiting.clear();
    },
    of(part: string): Promise<SheetScan | undefined> {
      if (known.has(part)) return Promise.resolve(known.get(part) ?? undefined);
      if (ended) return Promise.resolve(undefined);
      return new Promise((resolve) => waiting.set(part, resolve));
    },
  };
}

/** The pinyin of the row's name, when the sheet's name column is known. */
function namePinyinAt(row: SheetRow, column: number | undefined): NamePinyinOf | undefined {
  const cell = column === undefined ? undefined : row.cells[column];
  const value = cell && compactCell(cell);
  return typeof value === 'string' ? pinyinOf(value) : undefined;
}

/**
 * names: the column of each sheet's names, as the import thread tells them meanwhile; taken[0]:
 * the rows it has taken in so far.
 */
async function read(
  file: string,
  options: ReadOptions & { signal: AbortSignal },
  names: ReadonlyMap<string, number>,
  taken: Int32Array,
): Promise<void> {
  const { signal } = options;
  const post = (message: ReaderMessage) => parentPort!.postMessage(message);
  let sent = 0;
  try {
    // An .xls is parsed by SheetJS a piece at a time, more slowly than its rows are checked: the
    // import thread only seems behind between pieces, and the names' pinyin is best left to it.
    const sharePinyin = (await sourceKind(file)) !== 'xls';
    for await (const sheet of readSheets(file, options)) {
      post({ type: 'sheet', name: sheet.name, hidden: sheet.hidden ?? false });
      const batch = new RowPacker();
      const send = () => {
        sent += batch.size;
        post({ type: 'rows', rows: batch.take() });
      };
      for await (const rows of rowBatches(sheet)) {
        for (const row of rows) {
          const behind = sharePinyin && sent - Atomics.load(taken, 0) >= BEHIND;
          batch.add(row, behind ? namePinyinAt(row, names.get(sheet.name)) : undefined);
          if (batch.size === BATCH) send();
        }
      }
      if (batch.size) send();
    }
    post({ type: 'done' });
  } catch (error) {
    // What went wrong unforeseen is logged here, where its stack is; the import thread tells the user.
    if (!(error instanceof AppError) && !signal.aborted) console.error(error);
    post({
      type: 'failed',
      code: error instanceof AppError ? error.code : null,
      message: error instanceof Error ? error.message : String(error),
    });
  }
}
