/** The roster's rules (rest, weekly hours, night window, holidays), kept in the settings table. */
import type { ParsedInput } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import type { RosterRules } from '../../../shared/domain/rosters/types';
import { recordAudit } from '../audit/record';
import type { Ctx } from '../context';
import { prepared } from '../db/prepared';
import { DEFAULT_RULES } from './generator';
import { checkDate } from './validate';

const KEY = 'rosterRules';

export function readRosterRules(ctx: Pick<Ctx, 'db'>): RosterRules {
  const stored = prepared(ctx.db, 'SELECT value FROM settings WHERE key = ?').pluck().get(KEY) as string | undefined;
  return { ...DEFAULT_RULES, ...(stored ? (JSON.parse(stored) as Partial<RosterRules>) : {}) };
}

export function updateRosterRules(ctx: Ctx, input: ParsedInput<'rosterRules.update'>): RosterRules {
  const before = readRosterRules(ctx);
  const changes = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as Partial<RosterRules>;
  const after: RosterRules = { ...before, ...changes };
  if (changes.holidays) after.holidays = [...new Set(changes.holidays.map((d) => checkDate(d, '节假日')))].sort();
  if (after.nightStart === after.nightEnd)
    throw new AppError(
      'BAD_INPUT',
      `夜班时段的开始和结束都是 ${after.nightStart}，请设成不同的时间（如 00:00 到 06:00）。`,
    );
  prepared(
    ctx.db,
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  ).run(KEY, JSON.stringify(after));
  recordAudit(ctx, { method: 'rosterRules.update', entity: 'roster_rules', entityId: null, before, after });
  return after;
}
