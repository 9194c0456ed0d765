/**
 * A BIFF8 workbook stream cut into pieces SheetJS can parse one at a time, so that an .xls sheet's
 * first rows are handed over while the rest is still unparsed, and SheetJS never holds more than
 * one piece's cells (it keeps each cell in a large, slow object).
 *
 * A workbook stream is a list of records (type u16, length u16, data): first the workbook globals
 * (shared strings, formats, cell formats, the 1904 flag, one BOUNDSHEET record per sheet giving the
 * stream offset of the sheet's BOF record), then each sheet as BOF … EOF. A piece is the globals,
 * with the BOUNDSHEET of its sheet pointing just past them, then the sheet's BOF record, a run of
 * its records that starts at a new row, and an EOF record. Only the record headers are read here.
 *
 * Where the stream is not as expected (another BIFF version, an encrypted file, a sheet whose rows
 * are out of order, a damaged record), there are no pieces and the stream is parsed whole.
 */

const BOF = 0x0809;
const EOF = 0x000a;
const FILEPASS = 0x002f;
const BOUNDSHEET = 0x0085;
const MERGECELLS = 0x00e5;
const BIFF8 = 0x0600;

/** Cell records: each starts with its row (u16). A piece begins only at one of these, on a new row. */
const CELL_RECORDS = new Set([
  0x0006, // FORMULA
  0x00bd, // MULRK
  0x00be, // MULBLANK
  0x00d6, // RSTRING
  0x00fd, // LABELSST
  0x0201, // BLANK
  0x0203, // NUMBER
  0x0204, // LABEL
  0x0205, // BOOLERR
  0x027e, // RK
]);

const EOF_RECORD = Buffer.from([0x0a, 0x00, 0x00, 0x00]);

/** A merged range as the file stores it: rows and columns from 0. */
export interface BiffMerge {
  firstRow: number;
  lastRow: number;
  firstColumn: number;
  lastColumn: number;
}

export interface BiffSheet {
  name: string;
  hidden: boolean;
  /** 0 worksheet, 1 Excel 4 macro sheet, 2 chart, 6 VB module. */
  type: number;
  merges: BiffMerge[];
  /** The streams to parse, one after another; each holds whole rows, in order. */
  pieces(): Generator<Buffer>;
}

interface SheetRange {
  bound: number;
  type: number;
  /** Offsets of the sheet's BOF record and of the end of its EOF record. */
  start: number;
  end: number;
}

/** The records' offsets, or undefined when one runs past the end of the stream. */
function recordOffsets(stream: Buffer): number[] | undefined {
  const offsets: number[] = [];
  let at = 0;
  while (at + 4 <= stream.length) {
    offsets.push(at);
    at += 4 + stream.readUInt16LE(at + 2);
  }
  // A last record running past the end: the stream is damaged.
  return at <= stream.length ? offsets : undefined;
}

/** The index of the record at this offset, or undefined when no record starts there. */
function recordIndex(offsets: number[], at: number): number | undefined {
  let low = 0;
  let high = offsets.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const value = offsets[middle]!;
    if (value === at) return middle;
    if (value < at) low = middle + 1;
    else high = middle - 1;
  }
  return undefined;
}

/** A BOUNDSHEET's sheet name: a ShortXLUnicodeString (count, flags, then 8- or 16-bit characters). */
function sheetName(stream: Buffer, at: number, length: number): string {
  const count = stream[at + 10] ?? 0;
  const wide = ((stream[at + 11] ?? 0) & 1) === 1;
  const start = at + 12;
  const end = Math.min(start + count * (wide ? 2 : 1), at + 4 + length);
  return wide ? stream.toString('utf16le', start, end) : stream.toString('latin1', start, end);
}

/**
 * The stream's sheets in tab order (BOUNDSHEET order), or undefined when the stream is to be
 * parsed whole. pieceBytes: about how many bytes of a sheet's records go into one piece.
 */
export function biffSheets(stream: Buffer, pieceBytes: (globals: number) => number): BiffSheet[] | undefined {
  const offsets = recordOffsets(stream);
  if (!offsets || offsets.length < 2) return undefined;
  const type = (at: number) => stream.readUInt16LE(at);
  const length = (at: number) => stream.readUInt16LE(at + 2);
  if (type(0) !== BOF || length(0) < 4 || stream.readUInt16LE(4) !== BIFF8) return undefined;

  // The globals: up to their EOF.
  const bounds: { at: number; pos: number; type: number; hidden: boolean; name: string }[] = [];
  let index = 1;
  for (; index < offsets.length && type(offsets[index]!) !== EOF; index++) {
    const at = offsets[index]!;
    if (type(at) === FILEPASS) return undefined;
    if (type(at) === BOUNDSHEET && length(at) >= 6) {
      bounds.push({
        at,
        pos: stream.readUInt32LE(at + 4),
        hidden: (stream[at + 8]! & 3) !== 0,
        type: stream[at + 9]!,
        name: sheetName(stream, at, length(at)),
      });
    }
  }
  if (index >= offsets.length || bounds.length === 0) return undefined;
  const globalsEnd = offsets[index]! + 4 + length(offsets[index]!);

  const sheets: BiffSheet[] = [];
  for (const [bound, { pos, type: sheetType, hidden, name }] of bounds.entries()) {
    const first = recordIndex(offsets, pos);
    if (first === undefined || type(pos) !== BOF || pos < globalsEnd) return undefined;
    // The sheet's records at depth 1 (an embedded chart is a BOF … EOF inside it), the pieces'
    // starts, and its merged ranges.
    const target = pieceBytes(globalsEnd);
    const starts: number[] = [];
    const merges: BiffMerge[] = [];
    let depth = 0;
    let lastRow = -1;
    let pieceStart = offsets[first + 1] ?? pos;
    let ordered = true;
    let end = -1;
    for (let i = first; i < offsets.length; i++) {
      const at = offsets[i]!;
      const kind = type(at);
      if (kind === BOF) depth++;
      else if (kind === EOF && --depth === 0) {
        end = at + 4;
        break;
      } else if (depth === 1 && CELL_RECORDS.has(kind) && length(at) >= 2) {
        const row = stream.readUInt16LE(at + 4);
        if (row < lastRow) ordered = false;
        if (row > lastRow && lastRow >= 0 && at - pieceStart >= target) {
          starts.push(at);
          pieceStart = at;
        }
        lastRow = Math.max(lastRow, row);
      } else if (depth === 1 && kind === MERGECELLS && length(at) >= 2) {
        const count = Math.min(stream.readUInt16LE(at + 4), Math.floor((length(at) - 2) / 8));
        for (let m = 0; m < count; m++) {
          const ref = at + 6 + m * 8;
          merges.push({
            firstRow: stream.readUInt16LE(ref),
            lastRow: stream.readUInt16LE(ref + 2),
            firstColumn: stream.readUInt16LE(ref + 4),
            lastColumn: stream.readUInt16LE(ref + 6),
          });
        }
      }
    }
    if (end < 0) return undefined;
    const range: SheetRange = { bound, type: sheetType, start: pos, end };
    sheets.push({
      name,
      hidden,
      type: sheetType,
      merges,
      pieces: () => pieces(stream, globalsEnd, bounds, range, ordered ? starts : []),
    });
  }
  return sheets;
}

/** The globals with every BOUNDSHEET pointing nowhere but the given one, which points past them. */
function globalsFor(stream: Buffer, globalsEnd: number, bounds: { at: number }[], bound: number): Buffer {
  const globals = Buffer.from(stream.subarray(0, globalsEnd));
  bounds.forEach(({ at }, i) => globals.writeUInt32LE(i === bound ? globalsEnd : 0xfffffff0 - i, at + 4));
  return globals;
}

function* pieces(
  stream: Buffer,
  globalsEnd: number,
  bounds: { at: number }[],
  sheet: SheetRange,
  starts: number[],
): Generator<Buffer> {
  const globals = globalsFor(stream, globalsEnd, bounds, sheet.bound);
  const bofEnd = sheet.start + 4 + stream.readUInt16LE(sheet.start + 2);
  const bof = stream.subarray(sheet.start, bofEnd);
  // The sheet's own EOF ends the last piece; the others are given one.
  const cuts = [bofEnd, ...starts, sheet.end];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const last = i + 2 === cuts.length;
    const records = stream.subarray(cuts[i]!, cuts[i + 1]!);
    yield Buffer.concat(last ? [globals, bof, records] : [globals, bof, records, EOF_RECORD]);
  }
}
