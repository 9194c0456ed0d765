/**
 * The 日报 as a plain workbook in the style of the other exports: one sheet per ledger kind
 * (社区 × 在册/新增/结案 with a 合计 row), then a sheet of the other indicators and the day's work
 * tallies. When signers are given, each sheet ends with a 填报人 / 审核人 line.
 */
import ExcelJS from 'exceljs';
import { formSheet, uniqueSheetName, type FormColumn } from '../excel/export/formSheet';
import { metaLeftStyle } from '../excel/export/styles';
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

/** Who filled in and who checked the report; a blank stays a line to sign on paper. */
export interface Signers {
  preparer?: string;
  reviewer?: string;
}

/** The line under each sheet's table: 填报人 on the left, 审核人 on the right. */
function sign(sheet: ExcelJS.Worksheet, columns: number, signers: Signers): void {
  const row = sheet.getRow(sheet.rowCount + 2);
  row.height = 24;
  const split = Math.ceil(columns / 2);
  const left = row.getCell(1);
  left.value = `填报人：${signers.preparer ?? ''}`;
  left.style = metaLeftStyle;
  sheet.mergeCells(row.number, 1, row.number, split);
  const right = row.getCell(split + 1);
  right.value = `审核人：${signers.reviewer ?? ''}`;
  right.style = metaLeftStyle;
  if (columns > split + 1) sheet.mergeCells(row.number, split + 1, row.number, columns);
}

export async function writeDailyWorkbook(
  filePath: string,
  report: DailyReport,
  streetName: string,
  signers?: Signers,
): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '街道台账';
  const unit = `填报单位：${streetName || '（街道名称未设置）'}`;
  const date = `日期：${report.date}`;
  const taken = new Set<string>([OTHER_SHEET.toLowerCase()]);
  for (const [kindName, byCommunity] of Object.entries(report.ledgers)) {
    const total = report.totals[kindName]!;
    const sheet = formSheet(
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
    if (signers) sign(sheet, LEDGER_COLUMNS.length, signers);
  }
  const indicators = [
    ...Object.values(report.indicators),
    ...report.tallies.map((t) => ({
      label: t.unit ? `${t.name}（${t.unit}）` : t.name,
      counts: t.counts,
      total: t.total,
    })),
  ];
  const communities = Object.keys(indicators[0]?.counts ?? {});
  const columns: Column[] = [
    ['序号', 6, 'center'],
    ['社区', 20, 'left'],
    ...indicators.map(({ label }): Column => [label, 12, 'number']),
  ];
  const others = formSheet(
    workbook,
    OTHER_SHEET,
    { title: TITLE, unit, date },
    columns,
    [
      ...communities.map((community, i) => [i + 1, community, ...indicators.map((x) => x.counts[community]!)]),
      [TOTAL, '', ...indicators.map((x) => x.total)],
    ],
    // Past about ten columns the sheet no longer fits A4 upright.
    columns.length > 10 ? { ...CENTERED, orientation: 'landscape' } : CENTERED,
  );
  if (signers) sign(others, columns.length, signers);
  await workbook.xlsx.writeFile(filePath);
}
