/** rosters.lock: locked cells keep their people when the period is generated again. */
import type { ParsedInput } from '../../../shared/contract';
import { nowText } from '../../../shared/domain/dates';
import { recordAudit } from '../audit/record';
import type { Ctx } from '../context';
import { prepared } from '../db/prepared';
import { keyOf, resolveCell } from './cells';
import { writeCell } from './cellWrite';
import { getPost, readPatterns } from './rows';
import { readRosterRules } from './rules';
import { checkDate } from './validate';

export function lockCells(ctx: Ctx, input: ParsedInput<'rosters.lock'>): { count: number } {
  const rules = readRosterRules(ctx);
  const patterns = readPatterns(ctx);
  const seen = new Set<string>();
  const cells = input.cells.flatMap((ref) => {
    checkDate(ref.date, '日期');
    const cell = resolveCell(ctx, getPost(ctx, ref.postId), patterns, rules, ref);
    if (seen.has(keyOf(cell))) return [];
    seen.add(keyOf(cell));
    return [cell];
  });
  return ctx.db.transaction(() => {
    const now = nowText(ctx.now());
    const setLock = prepared(ctx.db, 'UPDATE duty_shifts SET locked = ?, updated_at = ? WHERE id = ?');
    let count = 0;
    for (const cell of cells) {
      if (cell.locked === input.locked) continue;
      if (cell.id !== undefined) setLock.run(input.locked ? 1 : 0, now, cell.id);
      else writeCell(ctx, { ...cell, locked: input.locked }, now);
      count++;
    }
    recordAudit(ctx, {
      method: 'rosters.lock',
      entity: 'duty_shift',
      entityId: null,
      before: null,
      after: {
        locked: input.locked,
        cells: cells.map((c) => ({ postId: c.postId, date: c.date, shiftName: c.shiftName })),
        count,
      },
    });
    return { count };
  })();
}
