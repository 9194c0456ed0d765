/** 请假, 隔离, 轮休: whole days (inclusive) or exact times (end exclusive) a person cannot be on duty. */
import type { ParsedInput } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { nowText } from '../../../shared/domain/dates';
import type { Unavailability } from '../../../shared/domain/rosters/types';
import { recordAudit } from '../audit/record';
import type { Ctx } from '../context';
import { prepared } from '../db/prepared';
import { boundMin } from './generator/time';
import { getPeople } from './people';
import { checkDate, checkDayOrTime } from './validate';

const SELECT = `SELECT u.id, u.cadre_id AS cadreId, c.name, u.from_at AS "from", u.to_at AS "to", u.reason, u.note
  FROM duty_unavailable u JOIN cadres c ON c.id = u.cadre_id`;

export function listAvailability(ctx: Ctx, input: ParsedInput<'availability.list'>): Unavailability[] {
  const clauses = ['1 = 1'];
  if (input.cadreId !== undefined) clauses.push('u.cadre_id = @cadreId');
  if (input.from) clauses.push('substr(u.to_at, 1, 10) >= @from');
  if (input.to) clauses.push('substr(u.from_at, 1, 10) <= @to');
  if (input.from) checkDate(input.from, '开始日期');
  if (input.to) checkDate(input.to, '结束日期');
  return ctx.db
    .prepare(`${SELECT} WHERE ${clauses.join(' AND ')} ORDER BY u.from_at, c.name_pinyin, u.id`)
    .all({ cadreId: input.cadreId ?? null, from: input.from ?? null, to: input.to ?? null }) as Unavailability[];
}

function getUnavailability(ctx: Ctx, id: number): Unavailability {
  const row = prepared(ctx.db, `${SELECT} WHERE u.id = ?`).get(id) as Unavailability | undefined;
  if (!row) throw new AppError('NOT_FOUND', '找不到这条请假/隔离/轮休记录，可能已被删除。请刷新后重试。');
  return row;
}

export function addAvailability(ctx: Ctx, input: ParsedInput<'availability.add'>): Unavailability {
  getPeople(ctx, [input.cadreId]);
  checkDayOrTime(input.from, '开始时间');
  checkDayOrTime(input.to, '结束时间');
  if (boundMin(input.from, false) >= boundMin(input.to, true))
    throw new AppError('BAD_INPUT', `结束时间 ${input.to} 不晚于开始时间 ${input.from}，请改正。`);
  const id = Number(
    prepared(
      ctx.db,
      'INSERT INTO duty_unavailable (cadre_id, from_at, to_at, reason, note, created_at) VALUES (?, ?, ?, ?, ?, ?)',
    ).run(input.cadreId, input.from, input.to, input.reason, input.note ?? '', nowText(ctx.now())).lastInsertRowid,
  );
  const after = getUnavailability(ctx, id);
  recordAudit(ctx, { method: 'availability.add', entity: 'duty_unavailable', entityId: id, before: null, after });
  return after;
}

export function removeAvailability(ctx: Ctx, id: number): { id: number } {
  const before = getUnavailability(ctx, id);
  prepared(ctx.db, 'DELETE FROM duty_unavailable WHERE id = ?').run(id);
  recordAudit(ctx, { method: 'availability.remove', entity: 'duty_unavailable', entityId: id, before, after: null });
  return { id };
}
