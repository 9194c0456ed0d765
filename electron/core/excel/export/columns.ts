/** The columns of an exported ledger, in the order superiors expect, each with its look and value. */
import { commonFieldLabels as L } from '../../../../shared/domain/ledgers/common';
import { formatPhones } from '../../../../shared/domain/phone';
import type { FieldDef, FieldType, FieldValues } from '../../../../shared/domain/ledgers/fields';
import type { EntryRow } from '../../ledgers/entryRows';
import { dateValue, fieldValue, type ExportValue } from './cellValues';
import type { CellLook } from './styles';

/** One entry as the export writes it. */
export interface ExportRow {
  serial: number;
  row: EntryRow;
  /** Full or masked, as the file is to show it. */
  idNumber: string;
  phones: string[];
  /** number -> note: the cell reads 13904312222（本人）/13804315555（丈夫）, which the import reads back. */
  phoneNotes: Record<string, string>;
  fields: FieldValues;
  extra: Record<string, string>;
}

export interface ExportColumn {
  header: string;
  look: CellLook;
  /** A width that is not fitted to the text. */
  width?: number;
  /** Options offered in the blank template (a list validation). */
  choices?: string[];
  value(r: ExportRow): ExportValue;
}

const SERIAL = '序号';
export const ID_WIDTH = 22;
const DATE_WIDTH = 12;

const looks: Record<FieldType, CellLook> = {
  text: 'wrap',
  number: 'number',
  date: 'date',
  choice: 'center',
  multi: 'wrap',
  phone: 'code',
  bool: 'center',
  weekdays: 'center',
};

function kindColumn(def: FieldDef): ExportColumn {
  const column: ExportColumn = {
    header: def.label,
    look: looks[def.type],
    value: (r) => fieldValue(def, r.fields[def.key]),
  };
  if (def.type === 'date') column.width = DATE_WIDTH;
  if (def.type === 'choice' && def.options?.length) column.choices = def.options;
  if (def.type === 'bool') column.choices = ['是', '否'];
  return column;
}

const text = (value: string | null | undefined): ExportValue => (value ? value : null);

const CLOSED_ON = '结案日期';
const CLOSE_NOTE = '结案说明';

export interface ColumnOptions {
  /** Closed entries are in the file: add 状态, 结案原因, 结案日期 and 结案说明. */
  closed: boolean;
  /** Headers of imported columns that map to no field, in first-seen order. */
  extraKeys: string[];
}

export function ledgerColumns(fields: FieldDef[], options: ColumnOptions): ExportColumn[] {
  const columns: ExportColumn[] = [
    { header: SERIAL, look: 'center', width: 6, value: (r) => r.serial },
    { header: L.name, look: 'center', value: (r) => text(r.row.name) },
    { header: L.idNumber, look: 'code', width: ID_WIDTH, value: (r) => text(r.idNumber) },
    { header: L.gender, look: 'center', value: (r) => text(r.row.gender) },
    { header: L.birthDate, look: 'date', width: DATE_WIDTH, value: (r) => dateValue(r.row.birth_date) },
    { header: L.phones, look: 'code', value: (r) => text(formatPhones(r.phones, r.phoneNotes)) },
    { header: L.community, look: 'center', value: (r) => text(r.row.community_name) },
    { header: L.grid, look: 'center', value: (r) => text(r.row.grid_name) },
    { header: L.address, look: 'wrap', value: (r) => text(r.row.address) },
    ...fields.map(kindColumn),
    { header: L.cadre, look: 'center', value: (r) => text(r.row.cadre) },
    { header: L.note, look: 'wrap', value: (r) => text(r.row.note) },
  ];
  if (options.closed) {
    columns.push(
      { header: L.status, look: 'center', value: (r) => text(r.row.status) },
      { header: L.closeReason, look: 'center', value: (r) => text(r.row.close_reason) },
      { header: CLOSED_ON, look: 'date', width: DATE_WIDTH, value: (r) => dateValue(r.row.closed_at) },
      { header: CLOSE_NOTE, look: 'wrap', value: (r) => text(r.row.close_note) },
    );
  }
  // An imported column named like one of ours (a field added to the kind later) keeps its
  // values apart under a marked header.
  const taken = new Set(columns.map((c) => c.header));
  for (const key of options.extraKeys) {
    const header = taken.has(key) ? `${key}（原表）` : key;
    columns.push({ header, look: 'text', value: (r) => text(r.extra[key]) });
  }
  return columns;
}
