/** Writes a ledger view as the official form, streaming: rows are read and committed in chunks. */
import { maskIdNumber } from '../../../../shared/domain/idNumber';
import type { Ctx } from '../../context';
import type { KindDef } from '../../ledgers/kinds';
import type { EntryRow } from '../../ledgers/entryRows';
import type { ExportValue } from './cellValues';
import { shownText } from './cellValues';
import { ledgerColumns, type ExportColumn, type ExportRow } from './columns';
import { openFormSheet } from './sheet';
import { extraKeys, rowChunks, viewIds, type ViewInput } from './viewReader';
import { WidthTracker } from './widths';

/** Rows read per query; also how many rows the column widths are fitted to. */
const CHUNK = 1000;

export interface LedgerWorkbook {
  kind: KindDef;
  view: ViewInput;
  mask: boolean;
  sheetName: string;
  title: string;
  unit: string;
  date: string;
}

function exportRow(row: EntryRow, serial: number, mask: boolean): ExportRow {
  return {
    serial,
    row,
    idNumber: mask ? maskIdNumber(row.id_number) : row.id_number,
    phones: JSON.parse(row.phones) as string[],
    phoneNotes: JSON.parse(row.phone_notes) as Record<string, string>,
    fields: JSON.parse(row.fields) as ExportRow['fields'],
    extra: JSON.parse(row.extra) as Record<string, string>,
  };
}

/** Writes the file; returns how many entries it holds. */
export async function writeLedgerWorkbook(ctx: Ctx, spec: LedgerWorkbook, filePath: string): Promise<number> {
  const ids = viewIds(ctx, spec.view);
  const columns: ExportColumn[] = ledgerColumns(spec.kind.fields, {
    closed: spec.view.status !== '在册',
    extraKeys: extraKeys(ctx, ids),
  });
  const chunks = rowChunks(ctx, ids, CHUNK);
  let serial = 0;
  const valuesOf = (rows: EntryRow[]): ExportValue[][] =>
    rows.map((row) => {
      const r = exportRow(row, ++serial, spec.mask);
      return columns.map((column) => column.value(r));
    });

  // The widths are fixed once the first row is written: fit them to the first chunk.
  const first = chunks.next();
  const firstValues = first.done ? [] : valuesOf(first.value);
  const tracker = new WidthTracker(columns.map((c) => c.header));
  for (const values of firstValues) values.forEach((v, i) => tracker.see(i, shownText(v)));
  const fixed = new Map(columns.flatMap((c, i) => (c.width ? [[i, c.width] as const] : [])));

  const form = openFormSheet(filePath, {
    sheetName: spec.sheetName,
    title: spec.title,
    unit: spec.unit,
    date: spec.date,
    columns,
    widths: tracker.widths(fixed),
  });
  for (const values of firstValues) form.addRow(values);
  for (let chunk = chunks.next(); !chunk.done; chunk = chunks.next()) {
    // Lets the compressor catch up and other calls use the database.
    await form.drain();
    for (const values of valuesOf(chunk.value)) form.addRow(values);
  }
  form.sheet.commit();
  await form.workbook.commit();
  return serial;
}
