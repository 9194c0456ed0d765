/** Back-pressure for exceljs's streaming writer. */
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type ExcelJS from 'exceljs';

/** A stream that has been written past its limit (exceljs 4.4 uses readable-stream 3, without writableNeedDrain). */
type Pipe = Writable & { _writableState?: { needDrain?: boolean } };
const needsDrain = (pipe: Pipe) => pipe.writableNeedDrain ?? pipe._writableState?.needDrain ?? false;

/** Long enough for the compressor to take a backlog; a guard against waiting forever. */
const DRAIN_TIMEOUT_MS = 5000;

/**
 * exceljs's sheet stream pushes its data on to the zip without waiting (it ignores write()'s
 * answer), so a fast writer would pile the whole sheet up in memory. This waits for the zip's
 * input to drain. It reaches into exceljs 4.4's StreamBuf (`pipes`); should that change, it
 * only yields to the event loop.
 */
export async function drainSheet(sheet: ExcelJS.Worksheet): Promise<void> {
  const stream = (sheet as unknown as { stream?: { pipes?: unknown } }).stream;
  const pipes = Array.isArray(stream?.pipes) ? (stream.pipes as Pipe[]) : [];
  for (const pipe of pipes) {
    if (!needsDrain(pipe)) continue;
    // A timer of our own, not AbortSignal.timeout(): that one is unref'd, and a CLI process
    // with nothing else to wait for would exit in the middle of the export.
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), DRAIN_TIMEOUT_MS);
    try {
      await once(pipe, 'drain', { signal: timeout.signal });
    } catch (error) {
      if ((error as Error).name !== 'AbortError') throw error;
    } finally {
      clearTimeout(timer);
    }
  }
  await new Promise<void>((resolve) => setImmediate(resolve));
}
