/**
 * The one place where a stored cell value becomes a plain, typed cell.
 *
 * Values come as the workbook reader (sheetXml.ts) gives them — strings, numbers, booleans,
 * Dates at UTC midnight, { error } — or in the shapes exceljs gives (rich text, formula and
 * hyperlink objects). A number becomes a date when its format is a date format.
 * Everything downstream sees only Cell.
 */
import { dateParts, serialParts, type DateTimeParts } from './excelDate';
import { isDateFormat, isTimeOnlyFormat } from './numFormat';
import { isLongInteger, plainNumberText } from './numberText';

export type CellKind = 'empty' | 'text' | 'number' | 'date' | 'bool' | 'error';

export interface Cell {
  kind: CellKind;
  /** What the cell shows, as text; never an object. Not trimmed. */
  text: string;
  /** kind 'number': the value. */
  number?: number;
  /** kind 'date': the calendar day, 'YYYY-MM-DD'. */
  date?: string;
  /** The time of day ('HH:mm' or 'HH:mm:ss') of a date-time, or of a time-only cell (kind 'text'). */
  time?: string;
  /** kind 'number': an integer of 15+ digits, i.e. an ID number Excel stored as a number. */
  numericId?: boolean;
}

export function emptyCell(): Cell {
  return { kind: 'empty', text: '' };
}

/** A cell holding text as read from a file (CSV); '' is empty. */
export function textCell(text: string): Cell {
  return text === '' ? emptyCell() : { kind: 'text', text };
}

/** OOXML escapes characters it cannot hold as _xHHHH_ (a CR is _x000D_); _x005F_ is '_'. */
function decodeXmlEscapes(text: string): string {
  return text.includes('_x')
    ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : text;
}

function stringCell(value: string): Cell {
  // Most cells hold neither an escape nor a CR: they are used as they are.
  if (!value.includes('_x') && !value.includes('\r')) return { kind: 'text', text: value };
  return textCell(decodeXmlEscapes(value).replace(/\r\n?/g, '\n'));
}

const errorCell = (text: string): Cell => ({ kind: 'error', text });

/** A date or date-time cell; a time of day in Excel's day zero is a time-only cell. */
function partsCell(parts: DateTimeParts | undefined, timeOnly: boolean): Cell {
  // Excel shows ##### for a date it cannot show.
  if (!parts) return errorCell('#####');
  if (timeOnly) {
    const time = parts.time ?? '00:00';
    return { kind: 'text', text: time, time };
  }
  const cell: Cell = { kind: 'date', text: parts.date, date: parts.date };
  if (parts.time) {
    cell.time = parts.time;
    cell.text = `${parts.date} ${parts.time}`;
  }
  return cell;
}

function numberCell(value: number, numFmt: string | undefined, date1904: boolean): Cell {
  // The streaming reader turns a formula's error result ('#DIV/0!') into NaN.
  if (!Number.isFinite(value)) return errorCell('#VALUE!');
  if (isDateFormat(numFmt)) return partsCell(serialParts(value, date1904), isTimeOnlyFormat(numFmt));
  const cell: Cell = { kind: 'number', text: plainNumberText(value), number: value };
  if (isLongInteger(value)) cell.numericId = true;
  return cell;
}

function dateCell(value: Date, numFmt: string | undefined): Cell {
  const parts = dateParts(value);
  const timeOnly = isTimeOnlyFormat(numFmt) || (!!parts?.dayZero && !isDateFormat(numFmt));
  return partsCell(parts, timeOnly);
}

function objectCell(
  value: Record<string, unknown>,
  numFmt: string | undefined,
  date1904: boolean,
  depth: number,
): Cell {
  if (Array.isArray(value.richText)) {
    return stringCell(
      value.richText.map((run: { text?: unknown }) => (typeof run?.text === 'string' ? run.text : '')).join(''),
    );
  }
  if ('formula' in value || 'sharedFormula' in value) {
    return normalize(value.result, numFmt, date1904, depth + 1);
  }
  if ('error' in value) return errorCell(String(value.error));
  if ('text' in value) return normalize(value.text, undefined, date1904, depth + 1);
  return errorCell('#VALUE!');
}

function normalize(value: unknown, numFmt: string | undefined, date1904: boolean, depth: number): Cell {
  if (value === null || value === undefined || value === '') return emptyCell();
  switch (typeof value) {
    case 'string':
      return stringCell(value);
    case 'number':
      return numberCell(value, numFmt, date1904);
    case 'boolean':
      return { kind: 'bool', text: value ? 'TRUE' : 'FALSE' };
    case 'object':
      if (value instanceof Date) return dateCell(value, numFmt);
      if (depth < 4) return objectCell(value as Record<string, unknown>, numFmt, date1904, depth);
  }
  return errorCell('#VALUE!');
}

/**
 * Normalises a stored cell value. numFmt is the cell's number format code (it decides whether
 * a number is a date serial); date1904 whether the workbook counts days from 1904.
 */
export function normalizeCell(value: unknown, numFmt: string | undefined, date1904: boolean): Cell {
  return normalize(value, numFmt, date1904, 0);
}
