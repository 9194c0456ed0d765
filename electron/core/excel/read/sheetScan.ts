/**
 * A quick look through a worksheet part before its rows are read: the merged ranges, which the
 * part keeps after all its rows, and whether the rows come in order (Excel, WPS and LibreOffice
 * write them in order; some web systems do not). It only searches the bytes; the rows are parsed
 * afterwards by sheetXml.ts.
 */
import type { Readable } from 'node:stream';
import { parseMergeRef } from './merges';
import type { MergeRange } from './sheet';
import { openWorkbookPackage } from './workbookPackage';

export interface SheetScan {
  merges: MergeRange[];
  /** The <row r="…"> numbers only go up (rows without a number follow the one before). */
  ordered: boolean;
}

const MERGE = Buffer.from('mergeCell ');
const ROW = Buffer.from('row ');
const LT = 0x3c;
const COLON = 0x3a;
/** A tag is never longer than this; a search that straddles two chunks keeps this much of the first. */
const CARRY = 4096;

/** The value of attribute name in the tag text, or undefined. */
function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return match ? (match[1] ?? match[2]) : undefined;
}

const R = Buffer.from(' r=');

/** The number in a row tag's r attribute (between at and end), read off the bytes; undefined when it has none. */
function rowNumberOf(buffer: Buffer, at: number, end: number): number | undefined {
  const r = buffer.indexOf(R, at);
  if (r < 0 || r > end) return undefined;
  let i = r + R.length;
  if (buffer[i] === 0x22 || buffer[i] === 0x27) i++;
  let row = 0;
  let digits = 0;
  for (let code = buffer[i]!; code >= 0x30 && code <= 0x39; code = buffer[++i]!) {
    row = row * 10 + code - 0x30;
    digits++;
  }
  return digits > 0 ? row : undefined;
}

/** True when the name at `at` is an element's name: right after '<' or after a prefix ('<x:row'). */
function isTagName(buffer: Buffer, at: number): boolean {
  if (at === 0) return false;
  const before = buffer[at - 1];
  if (before === LT) return true;
  if (before !== COLON) return false;
  for (let i = at - 2; i >= 0 && i >= at - 32; i--) {
    const code = buffer[i]!;
    if (code === LT) return true;
    const nameChar = (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
    if (!nameChar) return false;
  }
  return false;
}

/** Reads the part to its end; the stream is used up. */
export async function scanSheetPart(input: Readable): Promise<SheetScan> {
  const merges: MergeRange[] = [];
  let ordered = true;
  let lastRow = 0;
  let carry: Buffer = Buffer.alloc(0);
  for await (const chunk of input) {
    const buffer = carry.length ? Buffer.concat([carry, chunk as Buffer]) : (chunk as Buffer);
    // Tags that end in this buffer are read; one cut off at its end is read with the next chunk.
    let done = 0;
    if (ordered) {
      for (let at = buffer.indexOf(ROW); at >= 0; at = buffer.indexOf(ROW, at + ROW.length)) {
        if (!isTagName(buffer, at)) continue;
        const end = buffer.indexOf(0x3e, at);
        if (end < 0) break;
        const row = rowNumberOf(buffer, at, end) ?? lastRow + 1;
        if (!(row > lastRow)) {
          ordered = false;
          break;
        }
        lastRow = row;
        done = end + 1;
      }
    }
    for (let at = buffer.indexOf(MERGE, done); at >= 0; at = buffer.indexOf(MERGE, at + MERGE.length)) {
      if (!isTagName(buffer, at)) continue;
      const end = buffer.indexOf(0x3e, at);
      if (end < 0) break;
      const ref = attribute(buffer.toString('latin1', at - 1, end), 'ref');
      const range = ref === undefined ? null : parseMergeRef(ref);
      if (range) merges.push(range);
      done = end + 1;
    }
    const keepFrom = Math.max(done, buffer.length - CARRY);
    carry = Buffer.from(buffer.subarray(keepFrom));
  }
  return { merges, ordered };
}

/**
 * Looks through every sheet part of an .xlsx in tab order, handing each scan over as it is done;
 * a part that cannot be looked through is handed over as undefined (its reader then finds out why).
 */
export async function scanWorkbook(
  file: string,
  each: (part: string, scan: SheetScan | undefined) => void,
): Promise<void> {
  const pkg = await openWorkbookPackage(file);
  try {
    for (const sheet of pkg.sheets) {
      let scan: SheetScan | undefined;
      try {
        scan = await scanSheetPart(await pkg.zip.stream(sheet.part));
      } catch {
        scan = undefined;
      }
      each(sheet.part, scan);
    }
  } finally {
    pkg.zip.close();
  }
}
