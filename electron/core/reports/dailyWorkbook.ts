/**
 * The 日报 as a plain workbook in the style of the other exports: one sheet per ledger kind
 * (社区 × 在册/新增/结案 with a 合计 row), then a sheet of the other indicators.
 */
import ExcelJS from 'exceljs';
import { formSheet, uniqueSheetName, type FormColumn } from '../excel/export/formSheet';
import type { DailyReport } from './daily';

type Column = FormColumn;

export const TITLE = '日报';
export const TOTAL = '合计';
export const OTHER_SHEET = '其他指标';

/** A narrow table, centred on the page. */
const CENTERED = { horizontalCentered: true };

const LEDGER_COLUMNS: Column[] = [
  ['序号', 6, 'center'],
  ['社区', 20, 'left'],
  ['在册', 10, 'number'],
  ['新增', 10, 'number'],
  ['结案', 10, 'number'],
];

export async function writeDailyWorkbook(filePath: string, report: DailyReport, streetName: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '街道台账';
  const unit = `填报单位：${streetName || '（街道名称未设置）'}`;
  const date = `日期：${report.date}`;
  const taken = new Set<string>([OTHER_SHEET.toLowerCase()]);
  for (const [kindName, byCommunity] of Object.entries(report.ledgers)) {
    const total = report.totals[kindName]!;
    formSheet(
      workbook,
      uniqueSheetName(taken, kindName),
      { title: TITLE, unit: `${unit}　台账：${kindName}`, date },
      LEDGER_COLUMNS,
      [
        ...Object.entries(byCommunity).map(([community, f], i) => [i + 1, community, f.active, f.added, f.closed]),
        [TOTAL, '', total.active, total.added, total.closed],
      ],
      CENTERED,
    );
  }
  const indicators = Object.values(report.indicators);
  const communities = Object.keys(indicators[0]?.counts ?? {});
  const columns: Column[] = [
    ['序号', 6, 'center'],
    ['社区', 20, 'left'],
    ...indicators.map(({ label }): Column => [label, 12, 'number']),
  ];
  formSheet(
    workbook,
    OTHER_SHEET,
    { title: TITLE, unit, date },
    columns,
    [
      ...communities.map((community, i) => [i + 1, community, ...indicators.map((x) => x.counts[community]!)]),
      [TOTAL, '', ...indicators.map((x) => x.total)],
    ],
    CENTERED,
  );
  await workbook.xlsx.writeFile(filePath);
}
