import type { Migration } from './index';

/**
 * Words staff add to a ledger kind, for every later import and form: header words for a column
 * (role 'header': any target, a common field like 'community' or a kind field 'fields.f1') and
 * words for a field's options (role 'value': the option it means, or NULL: kept in 其他信息).
 * word_key is the word as the resolver compares it (NFKC, no spaces, lower case).
 */
export const m011KindWords: Migration = {
  version: 11,
  name: 'staff words for ledger kinds: header aliases and option words',
  up(db) {
    db.exec(`
      CREATE TABLE kind_words (
        kind TEXT NOT NULL REFERENCES ledger_kinds(key) ON DELETE CASCADE,
        role TEXT NOT NULL CHECK (role IN ('header', 'value')),
        target TEXT NOT NULL,
        word TEXT NOT NULL,
        word_key TEXT NOT NULL,
        option TEXT CHECK (role = 'value' OR option IS NULL),
        created_at TEXT NOT NULL,
        PRIMARY KEY (kind, role, target, word_key)
      );
      -- A header word names one column target within a kind.
      CREATE UNIQUE INDEX kind_words_one_header ON kind_words(kind, word_key) WHERE role = 'header';
    `);
  },
};
