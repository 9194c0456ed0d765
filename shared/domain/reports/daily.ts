/** The 日报's figures for one day, as the API, the CLI's JSON and the UI see them. */

/** A count per community name, every community listed (0 where nothing was found). */
export type CommunityCounts = Record<string, number>;

export interface LedgerFigures {
  active: number;
  added: number;
  closed: number;
}

/** One active 每日工作量 item's values of the day, per community, with the sum. */
export interface TallyFigures {
  itemId: number;
  name: string;
  unit: string;
  counts: CommunityCounts;
  total: number;
}

export interface DailyReport {
  date: string;
  /** Kind name -> community name -> figures; every kind and every community listed. */
  ledgers: Record<string, Record<string, LedgerFigures>>;
  /** Kind name -> the figures summed over the communities. */
  totals: Record<string, LedgerFigures>;
  /** Indicator key -> its label, the count per community and the sum. */
  indicators: Record<string, { label: string; counts: CommunityCounts; total: number }>;
  /** The day's work tallies, one per active item in the office's order. */
  tallies: TallyFigures[];
}
