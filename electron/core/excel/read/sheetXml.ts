/**
 * The rows of one worksheet part, streamed: <row> by <row> out of <sheetData>, each cell made a
 * Cell by normalizeCell from what the XML stores — an index into the shared strings, inline or
 * formula text, a number whose style may make it a date, a boolean, an error, an ISO date.
 * Formulas give their cached result. What follows <sheetData> (merges, hyperlinks, print
 * settings) is not read.
 */
import type { Readable } from 'node:stream';
import { normalizeCell, type Cell, emptyCell } from './cells';
import type { SheetRow } from './sheet';
import type { StyleFormats } from './styles';
import { tagScanner } from './tagScanner';

export interface CellContext {
  sharedStrings: string[];
  formats: StyleFormats;
  date1904: boolean;
}

/** XFD, the last column Excel has. */
const LAST_COLUMN = 16_383;

/** Column index (A = 0) of a reference such as "AB12"; -1 when it has no letters. */
function columnOf(reference: string): number {
  let column = 0;
  let i = 0;
  for (; i < reference.length; i++) {
    const code = reference.charCodeAt(i);
    if (code >= 65 && code <= 90) column = column * 26 + code - 64;
    else if (code >= 97 && code <= 122) column = column * 26 + code - 96;
    else break;
  }
  return i === 0 ? -1 : column - 1;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** A t="d" cell: ISO 8601, read as UTC like every date here. */
function isoDate(text: string): Date | string {
  const match = ISO_DATE.exec(text);
  if (!match) return text;
  const zoned = match[4] ? text : `${text}${match[1] ? '' : 'T00:00:00'}Z`;
  return new Date(zoned);
}

/** The value a cell stores, as normalizeCell takes it. */
function storedValue(type: string, value: string, inline: string, context: CellContext): unknown {
  switch (type) {
    case 's': {
      const index = Number(value);
      return value !== '' && Number.isInteger(index) ? (context.sharedStrings[index] ?? '') : '';
    }
    case 'str':
      return value;
    case 'inlineStr':
      return inline || value;
    case 'b':
      return value === '' ? '' : value === '1' || value === 'true';
    case 'e':
      return { error: value || '#VALUE!' };
    case 'd':
      return value === '' ? '' : isoDate(value);
    default:
      return value === '' ? '' : Number(value);
  }
}

const WITH_ATTRIBUTES = new Set(['row', 'c']);

/**
 * A cell as Excel, WPS and exceljs write nearly all of them, whole: <c r="B3" s="1" t="s"><v>12</v></c>,
 * or an empty one, <c r="B3" s="1"/>. Read in one step, as the tags one by one would read it;
 * anything else (a formula, an inline string, an entity, other attributes) is left to the tags.
 */
const PLAIN_CELL = /<c r="([A-Z]{1,3})\d+"(?: s="(\d+)")?(?: t="([a-z]+)")?(?:\/>|><v>([^<&]*)<\/v><\/c>)/y;

/**
 * Parses one worksheet part, giving its rows as many at a time as a chunk of the part holds (no
 * batch is empty); rows with no cells are given too, as the file has them.
 */
export async function* readSheetXml(
  input: Readable,
  context: CellContext,
  signal?: AbortSignal,
): AsyncGenerator<SheetRow[]> {
  let ready: SheetRow[] = [];
  let cells: Cell[] = [];
  let rowNumber = 0;
  let column = -1;
  let type = '';
  let style = 0;
  let value = '';
  let inline = '';
  /** 1 inside <v>, 2 inside an inline string's <t>. */
  let capture = 0;
  let inInline = false;
  let phonetic = 0;
  let ended = false;

  const openCell = (reference: string | undefined, t: string | undefined, s: string | undefined) => {
    const at = reference ? columnOf(reference) : -1;
    column = at >= 0 ? at : column + 1;
    // No program writes a cell beyond XFD; the file is damaged.
    if (column > LAST_COLUMN) throw new Error(`a cell beyond column XFD: ${reference}`);
    type = t ?? 'n';
    style = s ? Number(s) : 0;
    value = '';
    inline = '';
  };
  const closeCell = () => {
    const cell = normalizeCell(storedValue(type, value, inline, context), context.formats[style], context.date1904);
    if (cell.kind === 'empty') return;
    while (cells.length < column) cells.push(emptyCell());
    cells[column] = cell;
  };

  const parser = tagScanner(
    {
      shortcut(buffer, at) {
        if (capture !== 0 || inInline || buffer.charCodeAt(at + 1) !== 99 /* c */) return -1;
        PLAIN_CELL.lastIndex = at;
        const match = PLAIN_CELL.exec(buffer);
        if (!match) return -1;
        openCell(match[1], match[3], match[2]);
        value = match[4] ?? '';
        closeCell();
        return PLAIN_CELL.lastIndex;
      },
      open(name, attributes) {
        switch (name) {
          case 'c':
            return openCell(attributes.r, attributes.t, attributes.s);
          case 'v':
            capture = 1;
            return;
          case 't':
            if (inInline && phonetic === 0) capture = 2;
            return;
          case 'row': {
            const number = Number(attributes.r);
            rowNumber = Number.isInteger(number) && number > 0 ? number : rowNumber + 1;
            cells = [];
            column = -1;
            return;
          }
          case 'is':
            inInline = true;
            return;
          case 'rPh':
            phonetic++;
            return;
        }
      },
      text(text) {
        if (capture === 1) value += text;
        else if (capture === 2) inline += text;
      },
      close(name) {
        switch (name) {
          case 'v':
          case 't':
            capture = 0;
            return;
          case 'c':
            return closeCell();
          case 'row':
            ready.push({ rowNumber, cells });
            return;
          case 'is':
            inInline = false;
            return;
          case 'rPh':
            phonetic--;
            return;
          case 'sheetData':
          case 'worksheet':
            ended = true;
            return;
        }
      },
    },
    WITH_ATTRIBUTES,
  );

  input.setEncoding('utf8');
  try {
    for await (const chunk of input) {
      parser.write(chunk as string);
      signal?.throwIfAborted();
      if (ready.length > 0) {
        const rows = ready;
        ready = [];
        yield rows;
      }
      if (ended) return;
    }
    parser.end();
    // A part cut short, or not a worksheet: its rows cannot be trusted to be all there.
    if (!ended) throw new Error('the worksheet part ends before its data does');
    signal?.throwIfAborted();
    if (ready.length > 0) yield ready;
  } finally {
    input.destroy();
  }
}
