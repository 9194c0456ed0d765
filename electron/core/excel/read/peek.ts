/**
 * The first rows of a streamed sheet, for finding its header, without losing them: the rows
 * given back replay the first ones and go on with the rest of the same stream.
 */
import type { SheetRow } from './sheet';

export interface PeekedRows {
  head: SheetRow[];
  /** All rows, the head included; read once. */
  rows: AsyncIterable<SheetRow>;
}

export async function peekRows(rows: AsyncIterable<SheetRow>, count: number): Promise<PeekedRows> {
  const iterator = rows[Symbol.asyncIterator]();
  const head: SheetRow[] = [];
  let done = false;
  while (head.length < count) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    head.push(next.value);
  }
  async function* all(): AsyncGenerator<SheetRow> {
    yield* head;
    if (done) return;
    try {
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
    } finally {
      await iterator.return?.();
    }
  }
  return { head, rows: all() };
}
