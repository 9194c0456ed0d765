import { AppError } from '../../../shared/errors';
import { nowText } from '../../../shared/domain/dates';
import { maskIdNumber } from '../../../shared/domain/idNumber';
import type { ValidEntry } from '../../../shared/domain/ledgers/validate';
import type { Ctx } from '../context';
import { prepared } from '../db/prepared';
import { namePinyin, searchText } from './search';

/** The community and grid an entry names, as ids; unknown names are field errors. */
export function resolvePlace(
  ctx: Pick<Ctx, 'db'>,
  community: string,
  grid: string | null,
): { communityId: number; gridId: number | null } {
  const communityId = prepared(ctx.db, 'SELECT id FROM communities WHERE name = ?').pluck().get(community) as
    number | undefined;
  if (communityId === undefined) {
    const message = `没有名为“${community}”的社区。请先在 设置 → 社区与网格 中添加，或选择已有的社区。`;
    throw new AppError('BAD_INPUT', message, { community: message });
  }
  if (!grid) return { communityId, gridId: null };
  const gridId = prepared(ctx.db, 'SELECT id FROM grids WHERE community_id = ? AND name = ?')
    .pluck()
    .get(communityId, grid) as number | undefined;
  if (gridId === undefined) {
    const message = `“${community}”下没有名为“${grid}”的网格。请先在 设置 → 社区与网格 中添加。`;
    throw new AppError('BAD_INPUT', message, { grid: message });
  }
  return { communityId, gridId };
}

/** Within one ledger an ID number has at most one open entry. */
export function assertNoOpenDuplicate(ctx: Pick<Ctx, 'db'>, kind: string, idNumber: string, exceptId?: number): void {
  const other = prepared(
    ctx.db,
    `SELECT e.id, e.name, c.name AS community FROM entries e JOIN communities c ON c.id = e.community_id
       WHERE e.kind = ? AND e.id_number = ? AND e.status = '在册' AND e.id IS NOT ?`,
  ).get(kind, idNumber, exceptId ?? null) as { id: number; name: string; community: string } | undefined;
  if (other) {
    const message = `身份证号 ${maskIdNumber(idNumber)} 在这个台账中已有在册记录（${other.name}，${other.community}）。请打开那条记录修改，不要重复登记。`;
    throw new AppError('CONFLICT', message, { idNumber: message });
  }
}

function columns(ctx: Ctx, entry: ValidEntry) {
  const place = resolvePlace(ctx, entry.community, entry.grid);
  const pinyin = namePinyin(entry.name);
  return {
    name: entry.name,
    id_number: entry.idNumber,
    gender: entry.gender,
    birth_date: entry.birthDate,
    phones: JSON.stringify(entry.phones),
    phone_notes: JSON.stringify(entry.phoneNotes),
    community_id: place.communityId,
    grid_id: place.gridId,
    address: entry.address,
    cadre: entry.cadre,
    note: entry.note,
    fields: JSON.stringify(entry.fields),
    extra: JSON.stringify(entry.extra),
    name_pinyin: pinyin.full,
    search: searchText(entry.name, entry.idNumber, entry.phones, pinyin),
    now: nowText(ctx.now()),
  };
}

export function insertEntry(ctx: Ctx, kind: string, entry: ValidEntry): number {
  assertNoOpenDuplicate(ctx, kind, entry.idNumber);
  const info = prepared(
    ctx.db,
    `INSERT INTO entries (kind, name, id_number, gender, birth_date, phones, phone_notes, community_id, grid_id, address,
                            cadre, note, fields, extra, name_pinyin, search, created_at, updated_at)
       VALUES (@kind, @name, @id_number, @gender, @birth_date, @phones, @phone_notes, @community_id, @grid_id, @address,
               @cadre, @note, @fields, @extra, @name_pinyin, @search, @now, @now)`,
  ).run({ kind, ...columns(ctx, entry) });
  return Number(info.lastInsertRowid);
}

export function updateEntry(ctx: Ctx, id: number, kind: string, entry: ValidEntry): void {
  assertNoOpenDuplicate(ctx, kind, entry.idNumber, id);
  prepared(
    ctx.db,
    `UPDATE entries SET name = @name, id_number = @id_number, gender = @gender, birth_date = @birth_date, phones = @phones,
              phone_notes = @phone_notes, community_id = @community_id, grid_id = @grid_id, address = @address,
              cadre = @cadre, note = @note, fields = @fields, extra = @extra, name_pinyin = @name_pinyin, search = @search,
              updated_at = @now
       WHERE id = @id`,
  ).run({ id, ...columns(ctx, entry) });
}
