/** The rows of an import on their way into the ledger, and how the preview and the reports show them. */
import {
  SKIP_TARGET,
  type ColumnMapping,
  type ImportProblem,
  type PreviewRow,
  type RowStatus,
} from '../../../../shared/domain/excel/imports';
import { maskIdNumber } from '../../../../shared/domain/idNumber';
import type { ValidEntry } from '../../../../shared/domain/ledgers/validate';
import type { CheckedRow } from './checkRow';
import { compactText, type CompactCell, type CompactRow } from './compactRows';
import type { ExistingEntry } from './existing';

export interface Note {
  column: number;
  message: string;
}

/** What most rows have: one shared array each rather than two per row; a note or a change replaces it. */
export const NO_NOTES: readonly Note[] = Object.freeze([]);
export const NO_CHANGES: readonly string[] = Object.freeze([]);

export const MERGED_MARK = '来自合并单元格';
export const DITTO_MARK = '同上';
export const LEFT_MARK = '同左';

/** One data row of the file on its way into the ledger. */
export interface Item {
  sheet: string;
  row: number;
  cells: CompactCell[];
  headers: Map<number, string>;
  mapping: ColumnMapping[];
  community: string | null;
  checked: CheckedRow;
  status: RowStatus;
  /** Never changed in place: possibly shared with other rows or with checked.warnings. */
  notes: readonly Note[];
  /** Notes the row has whatever its check says: ditto marks taken from above (see ditto.ts). */
  fillNotes: readonly Note[];
  /** Column -> where its value came from, when not from its own cell. */
  marks: Record<number, string> | null;
  changes: readonly string[];
  excluded: boolean;
  /** The row's 状态 says 已结案 (an export with closed entries): its column, else null. */
  closedColumn: number | null;
  existing: ExistingEntry | null;
  /** What will be written: the row itself (new) or merged over the existing entry (updated). */
  target: ValidEntry | null;
}

const mapped = (mapping: ColumnMapping[], column: number) =>
  mapping.some((m) => m.column === column && m.target !== SKIP_TARGET);

/** The marks and notes of values a row did not hold in its own cells, for the mapped columns. */
export function fillsOf(row: CompactRow, mapping: ColumnMapping[]): Pick<Item, 'marks' | 'fillNotes'> {
  if (!row.merged && !row.ditto && !row.dittoLeft && !row.dittoMissing) return { marks: null, fillNotes: NO_NOTES };
  const marks: Record<number, string> = {};
  const notes: Note[] = [];
  for (const column of row.merged ?? []) if (mapped(mapping, column)) marks[column] = MERGED_MARK;
  for (const column of row.ditto ?? []) {
    if (!mapped(mapping, column)) continue;
    marks[column] = DITTO_MARK;
    notes.push({ column, message: `“同上”已按上一行填为“${compactText(row.cells[column])}”，请核对` });
  }
  for (const column of row.dittoLeft ?? []) {
    if (!mapped(mapping, column)) continue;
    marks[column] = LEFT_MARK;
    notes.push({ column, message: `“同左”已按左边一格填为“${compactText(row.cells[column])}”，请核对` });
  }
  for (const column of row.dittoMissing ?? []) {
    if (!mapped(mapping, column)) continue;
    notes.push({ column, message: '写着“同上”或“同左”，但所指的那一格是空的，按空白处理' });
  }
  return { marks: Object.keys(marks).length ? marks : null, fillNotes: notes.length ? notes : NO_NOTES };
}

export function addNote(item: Item, column: number, message: string): void {
  item.notes = [...item.notes, { column, message }];
}

export function toPreviewRow(item: Item): PreviewRow {
  const idColumn = item.mapping.find((m) => m.target === 'idNumber')?.column;
  const nameColumn = item.mapping.find((m) => m.target === 'name')?.column;
  const text = (column: number | undefined) => (column === undefined ? '' : compactText(item.cells[column]));
  const rawId = text(idColumn);
  const row: PreviewRow = {
    sheet: item.sheet,
    row: item.row,
    status: item.status,
    name: item.checked.entry?.name ?? text(nameColumn).trim(),
    idNumber: maskIdNumber(item.checked.entry?.idNumber ?? rawId.trim()),
    cells: Object.fromEntries(item.mapping.map((m) => [m.column, text(m.column)])),
    errors: { ...item.checked.errors },
    warnings: item.notes.map((n) => n.message),
    changes: [...item.changes],
  };
  if (item.marks) row.marks = { ...item.marks };
  return row;
}

/** Every row that does not go in as it stands, for the CLI's report and the result. */
export function problemsOf(items: readonly Item[]): ImportProblem[] {
  return items.flatMap((item) => {
    const header = (column: number) => item.headers.get(column) ?? '';
    return [
      ...Object.entries(item.checked.errors).map(([column, message]) => ({
        sheet: item.sheet,
        row: item.row,
        column: header(Number(column)),
        message,
      })),
      ...(item.status === 'error'
        ? []
        : item.notes.map((n) => ({ sheet: item.sheet, row: item.row, column: header(n.column), message: n.message }))),
    ];
  });
}
