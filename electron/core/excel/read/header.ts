/**
 * Finds the header of a sheet among its first rows: the row naming the most known columns,
 * below any title and 填报单位 lines, with the group row of a two-row header above it.
 */
import type { Cell } from './cells';
import { cleanHeader, headerContext, isMetaRow, isTitleRow, nonEmptyTexts, type HeaderContext } from './headerText';

export { cleanHeader } from './headerText';

export interface HeaderColumn {
  /** 0 = column A. */
  index: number;
  /** The cleaned header text (see cleanHeader). */
  header: string;
  /** The header as written, trimmed. */
  raw: string;
  /** The text of the merged group cell above, in a two-row header. */
  group?: string;
}

export interface DetectedHeader extends HeaderContext {
  headerRowNumber: number;
  groupRowNumber?: number;
  columns: HeaderColumn[];
  /** How many header cells are known column names. */
  score: number;
}

type Row = { rowNumber: number; cells: Cell[] };

/** The rows searched for the header. */
const SEARCH_ROWS = 15;
const MIN_SCORE = 2;

/**
 * A group row above the header: labels (no 'key: value' lines, no title, no 填报 line), fewer
 * distinct than the columns they head, at least one spanning several columns (repeated over a
 * merged range, or followed by empty cells over header cells).
 */
function isGroupRow(above: Cell[], header: Cell[]): boolean {
  if (isTitleRow(above) || isMetaRow(above)) return false;
  const texts = nonEmptyTexts(above);
  if (texts.length === 0 || texts.some((text) => text.includes(':'))) return false;
  const width = Math.max(above.length, header.length);
  let columns = 0;
  for (let i = 0; i < width; i++)
    if (cleanHeader(above[i]?.text ?? '') !== '' || cleanHeader(header[i]?.text ?? '') !== '') columns++;
  if (new Set(texts).size >= columns) return false;
  return above.some((cell, i) => {
    const text = cleanHeader(cell.text);
    if (text === '') return false;
    const right = cleanHeader(above[i + 1]?.text ?? '');
    return right === text || (right === '' && cleanHeader(header[i + 1]?.text ?? '') !== '');
  });
}

function columnsOf(header: Cell[], group: Cell[] | undefined): HeaderColumn[] {
  const columns: HeaderColumn[] = [];
  let span: string | undefined;
  const width = Math.max(header.length, group?.length ?? 0);
  for (let index = 0; index < width; index++) {
    const raw = header[index]?.text.trim() ?? '';
    const own = cleanHeader(raw);
    const above = group ? cleanHeader(group[index]?.text ?? '') : '';
    if (above !== '' && (own === '' || own === above)) {
      // A header merged down over both rows: it names the column and spans no group.
      span = undefined;
      columns.push({ index, header: above, raw: group![index]!.text.trim() });
      continue;
    }
    if (above !== '') span = above;
    if (own === '') continue;
    columns.push(span ? { index, header: own, raw, group: span } : { index, header: own, raw });
  }
  return columns;
}

interface Candidate {
  index: number;
  group?: Row;
  columns: HeaderColumn[];
  score: number;
}

/** The row at index as the header, with the row above as its group row when it is one. */
function candidate(rows: Row[], index: number, isKnownHeader: (cleaned: string) => boolean): Candidate {
  const { rowNumber, cells } = rows[index]!;
  const above = rows[index - 1];
  const group = above && above.rowNumber === rowNumber - 1 && isGroupRow(above.cells, cells) ? above : undefined;
  const columns = columnsOf(cells, group?.cells);
  return { index, group, columns, score: columns.filter((column) => isKnownHeader(column.header)).length };
}

/**
 * The header among the first 15 rows: the row (with its group row, if any) naming the most
 * known columns, at least two; null when there is none. Title rows and 填报单位/填报日期 rows
 * are never the header.
 */
export function detectHeader(rows: Row[], isKnownHeader: (cleaned: string) => boolean): DetectedHeader | null {
  const searched = rows.slice(0, SEARCH_ROWS);
  let best: Candidate | undefined;
  searched.forEach(({ cells }, index) => {
    if (isTitleRow(cells) || isMetaRow(cells)) return;
    const current = candidate(searched, index, isKnownHeader);
    if (current.score >= MIN_SCORE && current.score > (best?.score ?? 0)) best = current;
  });
  if (!best) return null;

  const { index, group, columns, score } = best;
  const detected: DetectedHeader = {
    headerRowNumber: searched[index]!.rowNumber,
    columns,
    score,
    ...headerContext(searched.slice(0, group ? index - 1 : index)),
  };
  if (group) detected.groupRowNumber = group.rowNumber;
  return detected;
}
