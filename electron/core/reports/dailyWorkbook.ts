/**
 * The 日报 as a plain workbook in the style of the other exports: one sheet per ledger kind
 * (社区 × 在册/新增/结案 with a 合计 row), then a sheet of the other indicators.
 */
import ExcelJS from 'exceljs';
import { a4PageSetup, columnLetters, pageFooter, safeSheetName } from '../excel/export/sheet';
import {
  dataStyles,
  headerStyle,
  metaLeftStyle,
  metaRightStyle,
  titleStyle,
  type CellLook,
} from '../excel/export/styles';
import type { DailyReport } from './daily';

type Column = [header: string, width: number, look: CellLook];

export const TITLE = '日报';
export const TOTAL = '合计';
export const OTHER_SHEET = '其他指标';

const LEDGER_COLUMNS: Column[] = [
  ['序号', 6, 'center'],
  ['社区', 20, 'left'],
  ['在册', 10, 'number'],
  ['新增', 10, 'number'],
  ['结案', 10, 'number'],
];

function formSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  heading: { unit: string; date: string },
  columns: Column[],
  rows: (string | number)[][],
): void {
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: 3 }],
    pageSetup: a4PageSetup(3, { orientation: 'portrait', horizontalCentered: true }),
    headerFooter: pageFooter,
  });
  sheet.columns = columns.map(([, width]) => ({ width }));
  const last = columnLetters(columns.length);
  const split = Math.ceil(columns.length / 2);
  sheet.getRow(1).height = 36;
  sheet.getCell('A1').value = TITLE;
  sheet.getCell('A1').style = titleStyle;
  sheet.mergeCells(`A1:${last}1`);
  sheet.getRow(2).height = 24;
  sheet.getCell('A2').value = heading.unit;
  sheet.getCell('A2').style = metaLeftStyle;
  sheet.mergeCells(`A2:${columnLetters(split)}2`);
  const right = sheet.getCell(`${columnLetters(split + 1)}2`);
  right.value = heading.date;
  right.style = metaRightStyle;
  if (columns.length > split + 1) sheet.mergeCells(`${columnLetters(split + 1)}2:${last}2`);
  const header = sheet.getRow(3);
  header.height = 30;
  columns.forEach(([text], i) => Object.assign(header.getCell(i + 1), { value: text, style: headerStyle }));
  rows.forEach((values, r) => {
    const row = sheet.getRow(4 + r);
    row.height = 20;
    values.forEach((value, i) => Object.assign(row.getCell(i + 1), { value, style: dataStyles[columns[i]![2]] }));
  });
}

/** Sheet names unique within the workbook, after Excel's rules (≤ 31 characters, no []:*?/\). */
function uniqueName(taken: Set<string>, name: string): string {
  let candidate = safeSheetName(name);
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${safeSheetName(name).slice(0, 27)}(${n})`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

export async function writeDailyWorkbook(filePath: string, report: DailyReport, streetName: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '街道台账';
  const unit = `填报单位：${streetName || '（街道名称未设置）'}`;
  const date = `日期：${report.date}`;
  const taken = new Set<string>([OTHER_SHEET.toLowerCase()]);
  for (const [kindName, byCommunity] of Object.entries(report.ledgers)) {
    const total = report.totals[kindName]!;
    formSheet(workbook, uniqueName(taken, kindName), { unit: `${unit}　台账：${kindName}`, date }, LEDGER_COLUMNS, [
      ...Object.entries(byCommunity).map(([community, f], i) => [i + 1, community, f.active, f.added, f.closed]),
      [TOTAL, '', total.active, total.added, total.closed],
    ]);
  }
  const indicators = Object.values(report.indicators);
  const communities = Object.keys(indicators[0]?.counts ?? {});
  const columns: Column[] = [
    ['序号', 6, 'center'],
    ['社区', 20, 'left'],
    ...indicators.map(({ label }): Column => [label, 12, 'number']),
  ];
  formSheet(workbook, OTHER_SHEET, { unit, date }, columns, [
    ...communities.map((community, i) => [i + 1, community, ...indicators.map((x) => x.counts[community]!)]),
    [TOTAL, '', ...indicators.map((x) => x.total)],
  ]);
  await workbook.xlsx.writeFile(filePath);
}
