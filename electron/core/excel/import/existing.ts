import type { ValidEntry } from '../../../../shared/domain/ledgers/validate';
import type { Ctx } from '../../context';
import { prepared } from '../../db/prepared';
import { entryFromRow } from './entryColumns';

export interface ExistingEntry {
  id: number;
  entry: ValidEntry;
  /** The stored row as it is, for undo. */
  raw: Record<string, unknown>;
}

/** The open entry of a ledger with this ID number, as the validators would give it. */
export function findOpenEntry(ctx: Pick<Ctx, 'db'>, kind: string, idNumber: string): ExistingEntry | null {
  const row = prepared(
    ctx.db,
    `SELECT e.*, c.name AS community_name, g.name AS grid_name FROM entries e
     JOIN communities c ON c.id = e.community_id LEFT JOIN grids g ON g.id = e.grid_id
     WHERE e.kind = ? AND e.id_number = ? AND e.status = '在册'`,
  ).get(kind, idNumber) as (Record<string, unknown> & { id: number }) | undefined;
  if (!row) return null;
  const { community_name, grid_name, ...raw } = row;
  return { id: row.id, raw, entry: entryFromRow(raw, community_name as string, (grid_name as string | null) ?? null) };
}
