/**
 * A small report sheet in the official style: a merged title, a 填报单位 / 日期 line, a bold
 * bordered header frozen at the top, then the rows; A4 portrait, the header repeated on each page.
 */
import type ExcelJS from 'exceljs';
import { a4PageSetup, columnLetters, pageFooter, safeSheetName } from './sheet';
import { dataStyles, headerStyle, metaLeftStyle, metaRightStyle, titleStyle, type CellLook } from './styles';

export type FormColumn = [header: string, width: number, look: CellLook];

export interface FormHeading {
  title: string;
  unit: string;
  date: string;
}

export function formSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  heading: FormHeading,
  columns: FormColumn[],
  rows: (string | number)[][],
  page: { horizontalCentered?: boolean; orientation?: 'portrait' | 'landscape' } = {},
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: 3 }],
    pageSetup: a4PageSetup(3, { orientation: 'portrait', ...page }),
    headerFooter: pageFooter,
  });
  sheet.columns = columns.map(([, width]) => ({ width }));
  const last = columnLetters(columns.length);
  const split = Math.ceil(columns.length / 2);
  sheet.getRow(1).height = 36;
  sheet.getCell('A1').value = heading.title;
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
  return sheet;
}

/** Sheet names unique within the workbook, after Excel's rules (≤ 31 characters, no []:*?/\\). */
export function uniqueSheetName(taken: Set<string>, name: string): string {
  let candidate = safeSheetName(name);
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${safeSheetName(name).slice(0, 27)}(${n})`;
  taken.add(candidate.toLowerCase());
  return candidate;
}
