/**
 * The cell styles of the official form. Each is one shared object: exceljs's style registry
 * recognises an object it has seen before, so 2,500,000 cells cost no more than 20 styles.
 */
import type ExcelJS from 'exceljs';

export const FONT = '宋体';
export const TEXT_FORMAT = '@';
export const DATE_FORMAT = 'yyyy-mm-dd';

const thin: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
const border: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };

/** How a column's cells look: alignment, wrapping, number format. */
/** 'code': ID numbers and phones, text centred; 'text': other text kept as typed, left. */
export type CellLook = 'center' | 'left' | 'wrap' | 'code' | 'text' | 'date' | 'number';

export const titleStyle: Partial<ExcelJS.Style> = {
  font: { name: FONT, size: 16, bold: true },
  alignment: { horizontal: 'center', vertical: 'middle' },
};

export const metaLeftStyle: Partial<ExcelJS.Style> = {
  font: { name: FONT, size: 11 },
  alignment: { horizontal: 'left', vertical: 'middle' },
};

export const metaRightStyle: Partial<ExcelJS.Style> = {
  font: { name: FONT, size: 11 },
  alignment: { horizontal: 'right', vertical: 'middle' },
};

export const headerStyle: Partial<ExcelJS.Style> = {
  font: { name: FONT, size: 11, bold: true },
  alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } },
  border,
};

const dataFont: Partial<ExcelJS.Font> = { name: FONT, size: 10 };

export const dataStyles: Record<CellLook, Partial<ExcelJS.Style>> = {
  center: { font: dataFont, border, alignment: { horizontal: 'center', vertical: 'middle' } },
  left: { font: dataFont, border, alignment: { horizontal: 'left', vertical: 'middle' } },
  wrap: { font: dataFont, border, alignment: { horizontal: 'left', vertical: 'middle', wrapText: true } },
  code: { font: dataFont, border, numFmt: TEXT_FORMAT, alignment: { horizontal: 'center', vertical: 'middle' } },
  text: { font: dataFont, border, numFmt: TEXT_FORMAT, alignment: { horizontal: 'left', vertical: 'middle' } },
  date: { font: dataFont, border, numFmt: DATE_FORMAT, alignment: { horizontal: 'center', vertical: 'middle' } },
  number: { font: dataFont, border, alignment: { horizontal: 'right', vertical: 'middle' } },
};

/** Column-level formats, so that what someone types into an empty row keeps its form. */
export const columnStyles: Partial<Record<CellLook, Partial<ExcelJS.Style>>> = {
  code: { numFmt: TEXT_FORMAT },
  text: { numFmt: TEXT_FORMAT },
  date: { numFmt: DATE_FORMAT },
};
