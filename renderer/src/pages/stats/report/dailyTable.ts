/** The 日报's table, shared by the 统计 tab and its print view: rows = communities + 合计. */
import type { DailyReport } from '../../../../../shared/domain/reports/daily';

export const TOTAL = '合计';

/** A column group: a ledger kind (在册/新增/结案), or one figure on its own. */
export interface ColumnGroup {
  title: string;
  columns: { key: string; title: string }[];
}

export interface DailyRow {
  community: string;
  values: Record<string, number>;
}

export function dailyColumns(report: DailyReport): ColumnGroup[] {
  return [
    ...Object.keys(report.ledgers).map((kind) => ({
      title: kind,
      columns: [
        { key: `${kind}:active`, title: '在册' },
        { key: `${kind}:added`, title: '新增' },
        { key: `${kind}:closed`, title: '结案' },
      ],
    })),
    // The indicators as the report gives them (its order, the catalogue's labels), as the workbook has them.
    ...Object.entries(report.indicators).map(([key, { label }]) => ({
      title: label,
      columns: [{ key, title: label }],
    })),
    ...report.tallies.map((t) => {
      const title = t.unit ? `${t.name}(${t.unit})` : t.name;
      return { title, columns: [{ key: `tally:${t.itemId}`, title }] };
    }),
  ];
}

export function dailyRows(report: DailyReport): DailyRow[] {
  const communities = Object.keys(report.indicators.dueSoon?.counts ?? Object.values(report.ledgers)[0] ?? {});
  const row = (community: string, pick: (counts: Record<string, number>) => number): DailyRow => {
    const values: Record<string, number> = {};
    for (const [kind, byCommunity] of Object.entries(report.ledgers)) {
      const f = community === TOTAL ? report.totals[kind]! : byCommunity[community]!;
      values[`${kind}:active`] = f.active;
      values[`${kind}:added`] = f.added;
      values[`${kind}:closed`] = f.closed;
    }
    for (const [key, indicator] of Object.entries(report.indicators))
      values[key] = community === TOTAL ? indicator.total : pick(indicator.counts);
    for (const t of report.tallies) values[`tally:${t.itemId}`] = community === TOTAL ? t.total : pick(t.counts);
    return { community, values };
  };
  return [...communities.map((community) => row(community, (counts) => counts[community] ?? 0)), row(TOTAL, () => 0)];
}
