/** Writing roster cells: the row (upserted by post, date and shift) and its people in order. */
import type { Ctx } from '../context';
import { prepared } from '../db/prepared';
import type { Cell } from './cells';

/** Stores the cell and returns its id; call inside a transaction. */
export function writeCell(ctx: Pick<Ctx, 'db'>, cell: Cell, now: string): number {
  const id = prepared(
    ctx.db,
    `INSERT INTO duty_shifts (post_id, date, shift_name, start_at, end_at, leader_id, locked, unfilled_reasons,
                              created_at, updated_at)
       VALUES (@postId, @date, @shiftName, @start, @end, @leaderId, @locked, @reasons, @now, @now)
       ON CONFLICT (post_id, date, shift_name) DO UPDATE SET start_at = excluded.start_at, end_at = excluded.end_at,
         leader_id = excluded.leader_id, locked = excluded.locked, unfilled_reasons = excluded.unfilled_reasons,
         updated_at = excluded.updated_at
       RETURNING id`,
  )
    .pluck()
    .get({
      postId: cell.postId,
      date: cell.date,
      shiftName: cell.shiftName,
      start: cell.start,
      end: cell.end,
      leaderId: cell.leaderId,
      locked: cell.locked ? 1 : 0,
      reasons: JSON.stringify(cell.reasons),
      now,
    }) as number;
  prepared(ctx.db, 'DELETE FROM duty_shift_people WHERE shift_id = ?').run(id);
  const insert = prepared(ctx.db, 'INSERT INTO duty_shift_people (shift_id, cadre_id, position) VALUES (?, ?, ?)');
  cell.personIds.forEach((cadreId, position) => insert.run(id, cadreId, position));
  return id;
}
