import type { Ctx } from '../../context';

/** What every indicator is computed over: calendar dates, both ends included. */
export interface IndicatorParams {
  from: string;
  to: string;
  /** Community names; all communities when absent. */
  communities?: string[];
  /** A ledger kind key (pregnant, dialysis, a staff kind): only entries of that ledger. */
  kind?: string;
}

/** A count per community name, every chosen community listed (0 where nothing was found). */
export type Counts = Record<string, number>;

export interface Indicator {
  key: string;
  /** As the 统计 page and forms show it. */
  label: string;
  /** What exactly is counted, in words staff read. */
  counts: string;
  /** Whether `kind` narrows it (indicators over entries) or is ignored (sign-ins). */
  byKind: boolean;
  compute(ctx: Pick<Ctx, 'db'>, params: IndicatorParams): Counts;
}
