/** 每日工作量: things counted per community per day but not kept as records. */

export interface TallyItem {
  id: number;
  name: string;
  /** 户, 人, 件, 处 … shown after the name in the grid's header. */
  unit: string;
  sortOrder: number;
  /** A deactivated item keeps its history but leaves the entry grid. */
  active: boolean;
  /** Values have been entered for it: it can be deactivated, not deleted. */
  inUse: boolean;
}

export interface TallyCell {
  value: number;
  enteredBy: string;
  /** 'YYYY-MM-DD HH:mm', office time. */
  enteredAt: string;
}

export interface TallyRow {
  communityId: number;
  communityName: string;
  /** By item id; an item without a value that day has no key. */
  cells: Record<number, TallyCell>;
}

export interface TallyDay {
  date: string;
  /** The active items, in their order: the grid's columns. */
  items: TallyItem[];
  /** One per community, in the communities' order: the grid's rows. */
  rows: TallyRow[];
  /** By item id: the sum over the communities of the day. */
  totals: Record<number, number>;
}

export interface TallySaveResult {
  /** Cells written (new or changed values). */
  saved: number;
  /** Cells emptied. */
  cleared: number;
  day: TallyDay;
}

/** The largest value a cell takes. */
export const TALLY_MAX = 1_000_000;
