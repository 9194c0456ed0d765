/**
 * The import's own insert of new entries: the columns entryWrite.ts's insertEntry writes, made
 * for a hundred thousand rows at a time — places looked up once per commit rather than per row,
 * the search columns made while the user looks at the preview (prepareSearch), and
 * the one-open-entry-per-ID-number rule left to the unique index that enforces it anyway,
 * rather than a query per row. A row that breaks it gets insertEntry's message.
 */
import { nowText } from '../../../../shared/domain/dates';
import type { ValidEntry } from '../../../../shared/domain/ledgers/validate';
import type { Ctx } from '../../context';
import { prepared } from '../../db/prepared';
import { assertNoOpenDuplicate, resolvePlace } from '../../ledgers/entryWrite';
import { namePinyin, searchText } from '../../ledgers/search';
import type { CheckedRow } from './checkRow';
import type { NamePinyinOf } from './compactRows';
import { entryColumns, entryPlaceholders, entryValues, type SearchColumns } from './entryColumns';

/** given: the pinyin made on the reader thread (see compactRows.ts), used when it is of this name. */
export function searchColumns(
  entry: Pick<ValidEntry, 'name' | 'idNumber' | 'phones'>,
  given?: NamePinyinOf,
): SearchColumns {
  const pinyin = given?.name === entry.name ? given : namePinyin(entry.name);
  return { namePinyin: pinyin.full, search: searchText(entry.name, entry.idNumber, entry.phones, pinyin) };
}

/** Rows prepared between two looks at the event loop: a request waits a few milliseconds at most. */
const SLICE = 500;

/**
 * Makes the search columns (pinyin above all, the costliest part of writing an entry) of the
 * entries a preview will insert, a slice at a time, while the thread has nothing else to do:
 * the user takes a while to look at the preview and press 导入, and the commit then finds them
 * made. Whatever is not made by then, the commit makes itself. A later preview starts over.
 * Staged entries have theirs in the staging table already.
 */
export function prepareSearch(items: readonly { checked: CheckedRow }[], current: () => boolean): void {
  let next = 0;
  const slice = () => {
    if (!current()) return;
    const end = Math.min(next + SLICE, items.length);
    for (; next < end; next++) {
      const checked = items[next]!.checked;
      if (checked.entry && !checked.search && checked.staged === undefined)
        checked.search = searchColumns(checked.entry);
    }
    if (next < items.length) setImmediate(slice);
  };
  setImmediate(slice);
}

const INSERT = `INSERT INTO entries (kind, ${entryColumns()}, community_id, grid_id, created_at, updated_at)
  VALUES (?, ${entryPlaceholders()}, ?, ?, ?, ?)`;

const isUniqueViolation = (error: unknown) => (error as { code?: unknown })?.code === 'SQLITE_CONSTRAINT_UNIQUE';

/** Inserts entries of one kind within the caller's transaction; returns each new entry's id. */
export function entryInserter(ctx: Ctx, kind: string): (entry: ValidEntry, search?: SearchColumns) => number {
  const insert = prepared(ctx.db, INSERT);
  const now = nowText(ctx.now());
  const places = new Map<string, { communityId: number; gridId: number | null }>();
  return (entry, search = searchColumns(entry)) => {
    const key = JSON.stringify([entry.community, entry.grid]);
    let place = places.get(key);
    if (!place) places.set(key, (place = resolvePlace(ctx, entry.community, entry.grid)));
    try {
      const info = insert.run(kind, ...entryValues(entry, search), place.communityId, place.gridId, now, now);
      return Number(info.lastInsertRowid);
    } catch (error) {
      if (isUniqueViolation(error)) assertNoOpenDuplicate(ctx, kind, entry.idNumber);
      throw error;
    }
  };
}
