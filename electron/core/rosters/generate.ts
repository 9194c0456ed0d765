/**
 * rosters.generate: runs the generator for the chosen posts and people, then in one transaction
 * replaces the period's unlocked cells of those posts, fills places left in locked cells, and
 * stores why each shift was left short.
 */
import type { ParsedInput } from '../../../shared/contract';
import { nowText } from '../../../shared/domain/dates';
import type { GenerateResult } from '../../../shared/domain/rosters/types';
import { recordAudit } from '../audit/record';
import type { Ctx } from '../context';
import { prepared } from '../db/prepared';
import { generate } from './generator';
import { keyOf, type Cell } from './cells';
import { writeCell } from './cellWrite';
import { buildInput } from './input';
import { getPeople } from './people';
import { readRosterRules } from './rules';
import { getPosts } from './rows';
import { checkPeriod, uniqueIds } from './validate';

export function generateRoster(ctx: Ctx, request: ParsedInput<'rosters.generate'>): GenerateResult {
  const { from, to } = checkPeriod(request.from, request.to);
  const posts = getPosts(ctx, uniqueIds(request.postIds));
  const people = getPeople(ctx, uniqueIds(request.cadreIds));
  const rules = readRosterRules(ctx);

  return ctx.db.transaction(() => {
    const { input, stored } = buildInput(ctx, { from, to }, posts, people, rules);
    const result = generate(input);

    const storedByKey = new Map(stored.map((c) => [keyOf(c), c]));
    const unfilledByKey = new Map(result.unfilled.map((u) => [keyOf(u), u]));
    const replaced = prepared(
      ctx.db,
      `DELETE FROM duty_shifts
        WHERE post_id IN (SELECT value FROM json_each(?)) AND date BETWEEN ? AND ? AND locked = 0`,
    ).run(JSON.stringify(posts.map((p) => p.id)), from, to).changes;

    const now = nowText(ctx.now());
    const written = new Set<string>();
    for (const a of result.assignments) {
      const key = keyOf(a);
      const old = storedByKey.get(key);
      const cell: Cell = {
        postId: a.postId,
        date: a.date,
        shiftName: a.shiftName,
        start: a.start,
        end: a.end,
        leaderId: a.leaderId ?? (old?.locked ? old.leaderId : null),
        locked: old?.locked ?? false,
        reasons: unfilledByKey.get(key)?.reasons ?? [],
        personIds: a.personIds,
      };
      writeCell(ctx, cell, now);
      written.add(key);
    }
    // Shifts nobody could take still get a row: it carries the reasons.
    for (const u of result.unfilled) {
      if (written.has(keyOf(u))) continue;
      writeCell(ctx, { ...u, leaderId: null, locked: false, reasons: u.reasons, personIds: [] }, now);
    }

    const postNames = new Map(posts.map((p) => [p.id, p.name]));
    const chosen = new Set(people.map((p) => p.cadreId));
    const counted = result.stats.people.filter((p) => chosen.has(p.personId));
    const spread = (xs: number[]) => (xs.length ? Math.max(...xs) - Math.min(...xs) : 0);
    const answer: GenerateResult = {
      from,
      to,
      shifts: result.stats.shifts,
      slots: result.stats.slots,
      filledSlots: result.stats.filledSlots,
      kept: stored.filter((c) => c.locked).length,
      replaced,
      unfilled: result.unfilled.map((u) => ({
        postId: u.postId,
        postName: postNames.get(u.postId) ?? '',
        date: u.date,
        shiftName: u.shiftName,
        start: u.start,
        end: u.end,
        missing: u.missing,
        reasons: u.reasons,
      })),
      nightSpread: spread(counted.map((p) => p.totalNights)),
      weekendSpread: spread(counted.map((p) => p.totalWeekends)),
    };
    recordAudit(ctx, {
      method: 'rosters.generate',
      entity: 'roster',
      entityId: null,
      before: { from, to, postIds: posts.map((p) => p.id), replaced },
      after: {
        from,
        to,
        postIds: posts.map((p) => p.id),
        cadreIds: people.map((p) => p.cadreId),
        shifts: answer.shifts,
        slots: answer.slots,
        filledSlots: answer.filledSlots,
        kept: answer.kept,
        unfilled: answer.unfilled.length,
      },
    });
    return answer;
  })();
}
