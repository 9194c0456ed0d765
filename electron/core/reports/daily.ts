/**
 * The 日报's figures for one day, all taken from the indicator catalogue: per ledger kind per
 * community 在册 / 新增 / 结案, then the street-wide indicators, then the day's work tallies
 * (每日工作量, per active item), each with its totals.
 */
import type { Ctx } from '../context';
import { allKinds } from '../ledgers/kinds';
import { active, added, closed } from './indicators/entries';
import { getIndicator } from './indicators/registry';
import { checkRange, resolveScope, type Scope } from './indicators/scope';
import type { Counts } from './indicators/types';
import type { DailyReport, TallyFigures } from '../../../shared/domain/reports/daily';
import { tallyDay } from '../tallies/queries';

export type { DailyReport, LedgerFigures, TallyFigures } from '../../../shared/domain/reports/daily';

/** The indicators the 日报 shows beside the ledgers, in this order. */
export const DAILY_INDICATORS = [
  'dueSoon',
  'dialysisTrips',
  'greenChannel',
  'services',
  'signedIn',
  'rosterFilled',
] as const;

const sum = (counts: Counts) => Object.values(counts).reduce((a, b) => a + b, 0);

export function dailyReport(ctx: Pick<Ctx, 'db'>, date: string, communities?: string[]): DailyReport {
  checkRange(date, date);
  const range = { from: date, to: date, communities };
  const ledgers: DailyReport['ledgers'] = {};
  const totals: DailyReport['totals'] = {};
  for (const kind of allKinds(ctx)) {
    const params = { ...range, kind: kind.key };
    const a = active(ctx, params);
    const n = added(ctx, params);
    const c = closed(ctx, params);
    ledgers[kind.name] = Object.fromEntries(
      Object.keys(a).map((community) => [
        community,
        { active: a[community]!, added: n[community]!, closed: c[community]! },
      ]),
    );
    totals[kind.name] = { active: sum(a), added: sum(n), closed: sum(c) };
  }
  const indicators: DailyReport['indicators'] = {};
  for (const key of DAILY_INDICATORS) {
    const indicator = getIndicator(key);
    const counts = indicator.compute(ctx, range);
    indicators[key] = { label: indicator.label, counts, total: sum(counts) };
  }
  return { date, ledgers, totals, indicators, tallies: dayTallies(ctx, date, resolveScope(ctx, range).communities) };
}

/** Each active tally item's values of the day for the chosen communities; an empty cell counts 0. */
function dayTallies(ctx: Pick<Ctx, 'db'>, date: string, communities: Scope['communities']): TallyFigures[] {
  const day = tallyDay(ctx, date);
  const rows = new Map(day.rows.map((r) => [r.communityId, r]));
  return day.items.map((item) => {
    const counts: Counts = Object.fromEntries(
      communities.map((c) => [c.name, rows.get(c.id)?.cells[item.id]?.value ?? 0]),
    );
    return { itemId: item.id, name: item.name, unit: item.unit, counts, total: sum(counts) };
  });
}
