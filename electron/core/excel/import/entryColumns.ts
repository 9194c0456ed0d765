/**
 * The columns of an entry that an import writes, in one order, and how each is made from a
 * checked entry and read back: the staging table, the copy out of it, the import's own insert
 * and the lookup of an existing entry all take them from here. The place (community and grid)
 * is not among them: the ledger stores ids, the staging table names.
 */
import type { ValidEntry } from '../../../../shared/domain/ledgers/validate';

/** An entry's name_pinyin and search columns. */
export interface SearchColumns {
  namePinyin: string;
  search: string;
}

const COLUMNS: [column: string, value: (entry: ValidEntry, search: SearchColumns) => unknown][] = [
  ['name', (e) => e.name],
  ['id_number', (e) => e.idNumber],
  ['gender', (e) => e.gender],
  ['birth_date', (e) => e.birthDate],
  ['phones', (e) => JSON.stringify(e.phones)],
  ['phone_notes', (e) => JSON.stringify(e.phoneNotes)],
  ['address', (e) => e.address],
  ['cadre', (e) => e.cadre],
  ['note', (e) => e.note],
  ['fields', (e) => JSON.stringify(e.fields)],
  ['extra', (e) => JSON.stringify(e.extra)],
  ['name_pinyin', (_, s) => s.namePinyin],
  ['search', (_, s) => s.search],
];

/** 'name, id_number, …, search'; with a prefix, each column as 's.name'. */
export const entryColumns = (prefix = '') => COLUMNS.map(([column]) => `${prefix}${column}`).join(', ');

/** One '?' per column, joined. */
export const entryPlaceholders = () => COLUMNS.map(() => '?').join(', ');

/** The entry's values in the order of entryColumns(). */
export function entryValues(entry: ValidEntry, search: SearchColumns): unknown[] {
  return COLUMNS.map(([, value]) => value(entry, search));
}

/** A stored row of entries as the validators would give it, with its place's names. */
export function entryFromRow(row: Record<string, unknown>, community: string, grid: string | null): ValidEntry {
  return {
    name: row.name as string,
    idNumber: row.id_number as string,
    gender: row.gender as '男' | '女',
    birthDate: row.birth_date as string,
    phones: JSON.parse(row.phones as string),
    phoneNotes: JSON.parse((row.phone_notes as string | undefined) ?? '{}'),
    community,
    grid,
    address: row.address as string,
    cadre: row.cadre as string,
    note: row.note as string,
    fields: JSON.parse(row.fields as string),
    extra: JSON.parse(row.extra as string),
  };
}
