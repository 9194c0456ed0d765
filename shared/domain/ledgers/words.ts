/** Words staff add to a ledger kind: more header words for its columns, more words for its options. */

/** The longest word kept: a longer cell value is not remembered from 值对应. */
export const WORD_MAX = 100;

/** The common fields an import fills from a column, which header aliases can name. */
export const COLUMN_COMMON_TARGETS = [
  'name',
  'idNumber',
  'phones',
  'community',
  'grid',
  'address',
  'cadre',
  'note',
] as const;

/** The staff's words for one import target: a common field ('community') or a kind field ('fields.f1'). */
export interface TargetWords {
  target: string;
  /** More header words for the column. */
  aliases: string[];
  /** For 单选, 多选 and 是/否 fields: option -> words that mean it. */
  optionWords: Record<string, string[]>;
  /** Values an import keeps in 其他信息 without asking. */
  otherWords: string[];
}

export interface KindWords {
  kind: string;
  /** Only targets with at least one word. */
  targets: TargetWords[];
}

/** What an import remembers of its 值对应: a value of a field, and the option it means or 'extra'. */
export interface ValueChoiceToRemember {
  target: string;
  value: string;
  choice: string;
}
