/**
 * Reads a cadre list with the import's reading layer (readSheets, detectHeader, classifyRow).
 * Registries are small (hundreds, at most a few thousand rows), so this runs in process; the
 * ledger import's worker is for files of 100,000 rows.
 */
import type { CadreDraft } from '../../../../shared/domain/cadres/validate';
import { AppError } from '../../../../shared/errors';
import { classifyRow, detectHeader, readSheets, type Cell, type SheetRow } from '../../excel/read';
import { cadreField, isCadreHeader, type CadreField } from './columns';

export interface ImportRow {
  sheet: string;
  row: number;
  draft: CadreDraft;
  /** Field -> the header of the column it came from, for messages. */
  headers: Partial<Record<CadreField, string>>;
}

export interface ReadResult {
  rows: ImportRow[];
  sheets: { name: string; headerRow: number; columns: { header: string; field: string | null }[] }[];
}

/** Dates and numbers keep their kind for the validators; everything else goes as its text. */
function cellValue(cell: Cell | undefined, field: CadreField): unknown {
  if (!cell || cell.kind === 'empty') return undefined;
  if (cell.kind === 'date' && cell.date) return cell.date;
  if ((field === 'arrivedOn' || field === 'leftOn') && cell.kind === 'number') return cell.number;
  return cell.text;
}

export async function readCadreFile(file: string): Promise<ReadResult> {
  const result: ReadResult = { rows: [], sheets: [] };
  for await (const sheet of readSheets(file)) {
    const rows: SheetRow[] = [];
    for await (const row of sheet.rows) rows.push(row);
    const header = detectHeader(rows, isCadreHeader);
    if (!header || sheet.hidden) continue;
    const mapped = header.columns.map((column) => ({ ...column, field: cadreField(column.header) }));
    if (!mapped.some((column) => column.field === 'name')) continue;
    result.sheets.push({
      name: sheet.name,
      headerRow: header.headerRowNumber,
      columns: mapped.map((column) => ({ header: column.raw, field: column.field })),
    });
    for (const { rowNumber, cells, merged } of rows) {
      if (rowNumber <= header.headerRowNumber || classifyRow(cells, mapped.length, merged) !== 'data') continue;
      const draft: Record<string, unknown> = {};
      const headers: ImportRow['headers'] = {};
      for (const column of mapped) {
        if (!column.field || draft[column.field] !== undefined) continue;
        const value = cellValue(cells[column.index], column.field);
        if (value === undefined || (typeof value === 'string' && value.trim() === '')) continue;
        draft[column.field] = value;
        headers[column.field] = column.raw;
      }
      if (Object.keys(draft).length > 0) result.rows.push({ sheet: sheet.name, row: rowNumber, draft, headers });
    }
  }
  if (result.sheets.length === 0) {
    throw new AppError(
      'BAD_INPUT',
      '没有找到人员名单的表头：表格应有“姓名”列，以及派出单位、联系电话、下沉社区等列中的几列。',
    );
  }
  return result;
}
