import { readSheets } from '../read';
import type { SheetData } from './analyze';
import { compact, type CompactRow } from './compactRows';

/** Reads every sheet of a workbook (or a CSV) into memory, streaming, reporting rows as they come. */
export async function readAll(file: string, signal: AbortSignal, onRows: (rows: number) => void): Promise<SheetData[]> {
  const sheets: SheetData[] = [];
  let count = 0;
  for await (const sheet of readSheets(file, { signal })) {
    const rows: CompactRow[] = [];
    for await (const row of sheet.rows) {
      rows.push(compact(row));
      if (++count % 1000 === 0) onRows(count);
    }
    sheets.push({ name: sheet.name, hidden: sheet.hidden ?? false, rows });
  }
  onRows(count);
  return sheets;
}
