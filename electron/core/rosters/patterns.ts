/** 班次: shift patterns (3×8 h, 2×12 h, 24 h …), named uniquely, refused for removal while posts use them. */
import type { ParsedInput } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { nowText } from '../../../shared/domain/dates';
import type { ShiftPattern } from '../../../shared/domain/rosters/types';
import { recordAudit } from '../audit/record';
import type { Ctx } from '../context';
import { prepared } from '../db/prepared';
import { patternIdsOf, toDutyPost, toPattern, POST_SELECT, type PostRow } from './rows';

/** The names of the posts that use each pattern (by default, on a weekday or on a date). */
function postsByPattern(ctx: Ctx): Map<number, string[]> {
  const rows = ctx.db.prepare(POST_SELECT).all() as PostRow[];
  const users = new Map<number, string[]>();
  for (const post of rows.map(toDutyPost))
    for (const id of patternIdsOf(post)) users.set(id, [...(users.get(id) ?? []), post.name]);
  return users;
}

export function listPatterns(ctx: Ctx): ShiftPattern[] {
  const users = postsByPattern(ctx);
  const rows = ctx.db.prepare('SELECT id, name, shifts FROM shift_patterns ORDER BY id').all() as {
    id: number;
    name: string;
    shifts: string;
  }[];
  return rows.map((r) => toPattern(r, users.get(r.id)?.length ?? 0));
}

function getPattern(ctx: Ctx, id: number): ShiftPattern {
  const found = listPatterns(ctx).find((p) => p.id === id);
  if (!found) throw new AppError('NOT_FOUND', `找不到编号为 ${id} 的班次，可能已被删除。请刷新后重试。`);
  return found;
}

function checkShifts(shifts: ParsedInput<'shiftPatterns.save'>['shifts']): void {
  const seen = new Set<string>();
  for (const s of shifts) {
    if (seen.has(s.name)) throw new AppError('BAD_INPUT', `班次中有两个“${s.name}”，同一套班次里每个班的名称要不同。`);
    seen.add(s.name);
    if (s.start === '24:00')
      throw new AppError('BAD_INPUT', `“${s.name}”的开始时间不能是 24:00，请写成 00:00（次日的班请另起一天）。`);
  }
}

export function savePattern(ctx: Ctx, input: ParsedInput<'shiftPatterns.save'>): ShiftPattern {
  checkShifts(input.shifts);
  const before = input.id === undefined ? null : getPattern(ctx, input.id);
  // Input is NFKC-normalised; stored names may not be (the seeded ones have full-width brackets).
  const clash = listPatterns(ctx).find(
    (p) => p.id !== input.id && p.name.normalize('NFKC') === input.name.normalize('NFKC'),
  );
  if (clash) throw new AppError('CONFLICT', `已有名为“${clash.name}”的班次，请换一个名称。`);
  const shifts = JSON.stringify(input.shifts.map(({ name, start, end }) => ({ name, start, end })));
  const now = nowText(ctx.now());
  let id = input.id;
  if (id === undefined) {
    id = Number(
      prepared(ctx.db, 'INSERT INTO shift_patterns (name, shifts, created_at, updated_at) VALUES (?, ?, ?, ?)').run(
        input.name,
        shifts,
        now,
        now,
      ).lastInsertRowid,
    );
  } else {
    prepared(ctx.db, 'UPDATE shift_patterns SET name = ?, shifts = ?, updated_at = ? WHERE id = ?').run(
      input.name,
      shifts,
      now,
      id,
    );
  }
  const after = getPattern(ctx, id);
  recordAudit(ctx, { method: 'shiftPatterns.save', entity: 'shift_pattern', entityId: id, before, after });
  return after;
}

export function removePattern(ctx: Ctx, id: number): { id: number } {
  const before = getPattern(ctx, id);
  const users = postsByPattern(ctx).get(id) ?? [];
  if (users.length) {
    const names = users.slice(0, 5).join('、') + (users.length > 5 ? ` 等 ${users.length} 个岗位` : '');
    throw new AppError('CONFLICT', `班次“${before.name}”正被 ${names} 使用，不能删除。请先在这些岗位中换用其他班次。`);
  }
  prepared(ctx.db, 'DELETE FROM shift_patterns WHERE id = ?').run(id);
  recordAudit(ctx, { method: 'shiftPatterns.remove', entity: 'shift_pattern', entityId: id, before, after: null });
  return { id };
}
