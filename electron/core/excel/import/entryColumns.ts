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

/** The columns, in the order entryValues gives their values. */
const COLUMNS = [
  'name',
  'id_number',
  'gender',
  'birth_date',
  'phones',
  'phone_notes',
  'address',
  'cadre',
  'note',
  'fields',
  'extra',
  'name_pinyin',
  'search',
] as const;

/** 'name, id_number, …, search'; with a prefix, each column as 's.name'. */
export const entryColumns = (prefix = '') => COLUMNS.map((column) => `${prefix}${column}`).join(', ');

/** One '?' per column, joined. */
export const entryPlaceholders = () => COLUMNS.map(() => '?').join(', ');

const hasKeys = (record: object) => {
  for (const _ in record) return true;
  return false;
};

/** The entry's values in the order of COLUMNS (written out: this runs for every row of an import). */
export function entryValues(entry: ValidEntry, search: SearchColumns): unknown[] {
  return [
    entry.name,
    entry.idNumber,
    entry.gender,
    entry.birthDate,
    JSON.stringify(entry.phones),
    hasKeys(entry.phoneNotes) ? JSON.stringify(entry.phoneNotes) : '{}',
    entry.address,
    entry.cadre,
    entry.note,
    hasKeys(entry.fields) ? JSON.stringify(entry.fields) : '{}',
    hasKeys(entry.extra) ? JSON.stringify(entry.extra) : '{}',
    search.namePinyin,
    search.search,
  ];
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
