/**
 * Reads a ledger view for an export without holding the database: the ids first, in the view's
 * order (small: 100,000 numbers), then the rows in chunks. Between chunks the caller awaits, so
 * the writer can drain and other calls can use the connection (an open .iterate() would keep
 * it busy for the whole export).
 */
import type { z } from 'zod';
import type { exportLedgerInput } from '../../../../shared/schemas/excel';
import type { Ctx } from '../../context';
import { viewRows } from '../../ledgers/entryQuery';
import { entrySelect, type EntryRow } from '../../ledgers/entryRows';

export type ViewInput = Omit<z.output<typeof exportLedgerInput>, 'mask'>;

/** The ids of every entry of the view, in its order (filters, search, sort; no paging). */
export function viewIds(ctx: Ctx, input: ViewInput): number[] {
  const { sql, params } = viewRows(ctx, input);
  // Only the id is used, so SQLite flattens the subquery and skips the wide columns; the
  // subquery's ORDER BY becomes the outer query's.
  return ctx.db
    .prepare(`SELECT id FROM (${sql})`)
    .pluck()
    .all(...params) as number[];
}

/** The headers of imported columns kept in `extra`, in the order the view first shows them. */
export function extraKeys(ctx: Ctx, ids: number[]): string[] {
  const keys = ctx.db
    .prepare(
      `SELECT x.key FROM json_each(?) AS v JOIN entries e ON e.id = v.value, json_each(e.extra) AS x
        WHERE e.extra <> '{}' ORDER BY v.key, x.id`,
    )
    .pluck()
    .all(JSON.stringify(ids)) as string[];
  return [...new Set(keys)];
}

/** The rows of the given ids, in that order, `size` at a time; ids gone meanwhile are skipped. */
export function* rowChunks(ctx: Ctx, ids: number[], size: number): Generator<EntryRow[]> {
  const select = ctx.db.prepare(`${entrySelect} WHERE e.id IN (SELECT value FROM json_each(?))`);
  for (let start = 0; start < ids.length; start += size) {
    const chunk = ids.slice(start, start + size);
    const byId = new Map((select.all(JSON.stringify(chunk)) as EntryRow[]).map((row) => [row.id, row]));
    yield chunk.flatMap((id) => byId.get(id) ?? []);
  }
}
