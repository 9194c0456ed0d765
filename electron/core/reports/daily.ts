/**
 * The 日报's figures for one day, all taken from the indicator catalogue: per ledger kind per
 * community 在册 / 新增 / 结案, then the street-wide indicators, each with its totals.
 */
import type { Ctx } from '../context';
import { listKinds } from '../ledgers/kinds';
import { active, added, closed } from './indicators/entries';
import { getIndicator } from './indicators/registry';
import { checkRange } from './indicators/scope';
import type { Counts } from './indicators/types';

export interface LedgerFigures {
  active: number;
  added: number;
  closed: number;
}

/** The indicators the 日报 shows beside the ledgers, in this order. */
export const DAILY_INDICATORS = [
  'dueSoon',
  'dialysisTrips',
  'greenChannel',
  'services',
  'signedIn',
  'rosterFilled',
] as const;

export interface DailyReport {
  date: string;
  /** Kind name -> community name -> figures; every kind and every community listed. */
  ledgers: Record<string, Record<string, LedgerFigures>>;
  /** Kind name -> the figures summed over the communities. */
  totals: Record<string, LedgerFigures>;
  /** Indicator key -> its label, the count per community and the sum. */
  indicators: Record<string, { label: string; counts: Counts; total: number }>;
}

const sum = (counts: Counts) => Object.values(counts).reduce((a, b) => a + b, 0);

export function dailyReport(ctx: Pick<Ctx, 'db'>, date: string, communities?: string[]): DailyReport {
  checkRange(date, date);
  const range = { from: date, to: date, communities };
  const ledgers: DailyReport['ledgers'] = {};
  const totals: DailyReport['totals'] = {};
  for (const kind of listKinds(ctx)) {
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
  return { date, ledgers, totals, indicators };
}
