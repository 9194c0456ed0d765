import type { Migration } from './index';

/**
 * The search index keeps its columns but is ordered by entry id within a ledger, not by the
 * search text. A search reads the whole of a ledger's part of it either way; new entries now go
 * at its end instead of all over it, which makes a large import markedly cheaper to write, and
 * a search listed in entry order needs no sort.
 */
export const m008EntrySearchOrder: Migration = {
  version: 8,
  name: 'search index in entry order',
  up(db) {
    db.exec(`
      DROP INDEX entries_search;
      CREATE INDEX entries_search ON entries(kind, status, id, search, name_pinyin);
    `);
  },
};
