/** Writing people of the registry: one person is one name with one phone. */
import { AppError } from '../../../shared/errors';
import { nowText } from '../../../shared/domain/dates';
import type { ValidCadre } from '../../../shared/domain/cadres/validate';
import type { Ctx } from '../context';
import { prepared } from '../db/prepared';
import { namePinyin, searchText } from '../ledgers/search';
import { communityId } from './rows';

/** The text the search box looks in: name, pinyin (initials and full), ID number, phone, unit. */
export function cadreSearchText(cadre: Pick<ValidCadre, 'name' | 'idNumber' | 'phone' | 'unit'>): {
  pinyin: string;
  search: string;
} {
  const pinyin = namePinyin(cadre.name);
  const base = searchText(cadre.name, cadre.idNumber ?? '', cadre.phone ? [cadre.phone] : [], pinyin);
  return { pinyin: pinyin.full, search: `${base} ${cadre.unit.toLowerCase().replace(/\s/g, '')}` };
}

/** The same name with the same phone is the same person: refused, naming the other. */
export function assertNotDuplicate(ctx: Pick<Ctx, 'db'>, cadre: ValidCadre, exceptId?: number): void {
  if (!cadre.phone) return;
  const other = prepared(
    ctx.db,
    `SELECT c.name, c.unit, m.name AS community FROM cadres c LEFT JOIN communities m ON m.id = c.community_id
       WHERE c.name = ? AND c.phone = ? AND c.id IS NOT ?`,
  ).get(cadre.name, cadre.phone, exceptId ?? null) as
    { name: string; unit: string; community: string | null } | undefined;
  if (other) {
    const where = [other.unit, other.community].filter(Boolean).join('，');
    const message = `名册中已有“${other.name}”（${cadre.phone}${where ? `，${where}` : ''}），同名同电话的人不能登记两次。请打开那条记录修改。`;
    throw new AppError('CONFLICT', message, { name: message });
  }
}

function columns(ctx: Ctx, cadre: ValidCadre) {
  const { pinyin, search } = cadreSearchText(cadre);
  return {
    name: cadre.name,
    gender: cadre.gender,
    phone: cadre.phone,
    unit: cadre.unit,
    duty: cadre.duty,
    politics: cadre.politics,
    community_id: communityId(ctx, cadre.community),
    post: cadre.post,
    role: cadre.role,
    arrived_on: cadre.arrivedOn,
    left_on: cadre.leftOn,
    id_number: cadre.idNumber,
    note: cadre.note,
    name_pinyin: pinyin,
    search,
    now: nowText(ctx.now()),
  };
}

export function insertCadre(ctx: Ctx, cadre: ValidCadre): number {
  assertNotDuplicate(ctx, cadre);
  const info = prepared(
    ctx.db,
    `INSERT INTO cadres (name, gender, phone, unit, duty, politics, community_id, post, role, arrived_on, left_on,
                         id_number, note, name_pinyin, search, created_at, updated_at)
       VALUES (@name, @gender, @phone, @unit, @duty, @politics, @community_id, @post, @role, @arrived_on, @left_on,
               @id_number, @note, @name_pinyin, @search, @now, @now)`,
  ).run(columns(ctx, cadre));
  return Number(info.lastInsertRowid);
}

export function updateCadre(ctx: Ctx, id: number, cadre: ValidCadre): void {
  assertNotDuplicate(ctx, cadre, id);
  prepared(
    ctx.db,
    `UPDATE cadres SET name = @name, gender = @gender, phone = @phone, unit = @unit, duty = @duty, politics = @politics,
            community_id = @community_id, post = @post, role = @role, arrived_on = @arrived_on, left_on = @left_on,
            id_number = @id_number, note = @note, name_pinyin = @name_pinyin, search = @search, updated_at = @now
       WHERE id = @id`,
  ).run({ id, ...columns(ctx, cadre) });
}
