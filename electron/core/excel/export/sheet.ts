/**
 * The official form on exceljs's streaming writer: the merged title, the 填报单位 / 填报日期
 * line, the header, then data rows committed one by one, so the workbook is never held whole.
 */
import ExcelJS from 'exceljs';
import type { ExportValue } from './cellValues';
import type { ExportColumn } from './columns';
import { drainSheet } from './drain';
import { displayWidth } from './widths';
import { columnStyles, dataStyles, headerStyle, metaLeftStyle, metaRightStyle, titleStyle } from './styles';

export const HEADER_ROWS = 3;

export interface SheetLayout {
  sheetName: string;
  title: string;
  /** '填报单位：…' and '填报日期：…', as shown. */
  unit: string;
  date: string;
  columns: ExportColumn[];
  widths: number[];
}

export interface FormSheet {
  workbook: ExcelJS.stream.xlsx.WorkbookWriter;
  sheet: ExcelJS.Worksheet;
  /** Writes and commits the next data row (values by column), as tall as its wrapped text needs. */
  addRow(values: ExportValue[]): void;
  /** Waits until the rows written so far have gone on to be compressed; call between chunks. */
  drain(): Promise<void>;
}

/** Points: a data row with one line of text, and each further line of wrapped text. */
const ROW_HEIGHT = 20;
const LINE_HEIGHT = 13;

/** Tall enough for the wrapped text of the row (estimated), and never less than one padded line. */
function rowHeight(values: ExportValue[], wraps: boolean[], widths: number[]): number {
  let lines = 1;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (!wraps[i] || typeof value !== 'string') continue;
    const room = Math.max(1, (widths[i] ?? 10) - 1);
    const count = value.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(displayWidth(line) / room)), 0);
    if (count > lines) lines = count;
  }
  return ROW_HEIGHT + (lines - 1) * LINE_HEIGHT;
}

/**
 * A4, all columns on one page's width, the first `titleRows` rows on every page; each form adds
 * its orientation and margins.
 */
export function a4PageSetup(titleRows: number, form: Partial<ExcelJS.PageSetup>): Partial<ExcelJS.PageSetup> {
  return { paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `1:${titleRows}`, ...form };
}

/** 第 N 页，共 M 页 centred at the foot of every page. */
export const pageFooter: Partial<ExcelJS.HeaderFooter> = { oddFooter: '&C第 &P 页，共 &N 页' };

/** A4 landscape, narrow margins, rows 1–3 on every page. */
const pageSetup = a4PageSetup(HEADER_ROWS, {
  orientation: 'landscape',
  horizontalCentered: true,
  margins: { left: 0.25, right: 0.25, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
});

/** Letters of column n (1 = A). */
export function columnLetters(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** Sheet names may not hold []:*?/\ and are at most 31 characters. */
export function safeSheetName(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, '_').slice(0, 31) || 'Sheet1';
}

function writeHeading(sheet: ExcelJS.Worksheet, layout: SheetLayout): void {
  const width = layout.columns.length;
  const last = columnLetters(width);

  const title = sheet.getRow(1);
  title.height = 36;
  title.getCell(1).value = layout.title;
  title.getCell(1).style = titleStyle;
  sheet.mergeCells(`A1:${last}1`);
  title.commit();

  // 填报单位 on the left half, 填报日期 on the right half.
  const meta = sheet.getRow(2);
  meta.height = 24;
  const split = Math.max(1, Math.ceil(width / 2));
  meta.getCell(1).value = layout.unit;
  meta.getCell(1).style = metaLeftStyle;
  meta.getCell(split + 1).value = layout.date;
  meta.getCell(split + 1).style = metaRightStyle;
  if (split > 1) sheet.mergeCells(`A2:${columnLetters(split)}2`);
  if (width > split + 1) sheet.mergeCells(`${columnLetters(split + 1)}2:${last}2`);
  meta.commit();

  const header = sheet.getRow(HEADER_ROWS);
  const headerLines = Math.max(
    1,
    ...layout.columns.map((column, i) =>
      Math.ceil(displayWidth(column.header) / Math.max(1, (layout.widths[i] ?? 10) - 1)),
    ),
  );
  header.height = Math.max(30, headerLines * 14 + 8);
  layout.columns.forEach((column, i) => {
    const cell = header.getCell(i + 1);
    cell.value = column.header;
    cell.style = headerStyle;
  });
  header.commit();
}

/** Opens the file and writes the heading; columns and widths are fixed from here on. */
export function openFormSheet(filePath: string, layout: SheetLayout): FormSheet {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: filePath,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = '街道台账';
  const sheet = workbook.addWorksheet(safeSheetName(layout.sheetName), {
    views: [{ state: 'frozen', ySplit: HEADER_ROWS, topLeftCell: `A${HEADER_ROWS + 1}` }],
    pageSetup,
    headerFooter: pageFooter,
  });
  sheet.columns = layout.columns.map((column, i) => ({
    width: layout.widths[i],
    style: columnStyles[column.look] ?? {},
  }));
  writeHeading(sheet, layout);

  const styles = layout.columns.map((column) => dataStyles[column.look]);
  const wraps = layout.columns.map((column) => column.look === 'wrap');
  let next = HEADER_ROWS + 1;
  return {
    workbook,
    sheet,
    addRow(values) {
      const row = sheet.getRow(next++);
      row.height = rowHeight(values, wraps, layout.widths);
      for (let i = 0; i < styles.length; i++) {
        const cell = row.getCell(i + 1);
        const value = values[i];
        if (value !== null && value !== undefined) cell.value = value;
        cell.style = styles[i]!;
      }
      row.commit();
    },
    drain: () => drainSheet(sheet),
  };
}
