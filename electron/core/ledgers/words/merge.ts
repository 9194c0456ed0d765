import type { FieldDef } from '../../../../shared/domain/ledgers/fields';
import type { KindWords, TargetWords } from '../../../../shared/domain/ledgers/words';
import { fieldOptions, isOptionField, wordKey } from '../../../../shared/domain/options';
import type { Ctx } from '../../context';
import { prepared } from '../../db/prepared';

/** One row of kind_words. */
export interface WordRow {
  role: 'header' | 'value';
  target: string;
  word: string;
  /** For 'value': the option, or null (kept in 其他信息). */
  option: string | null;
}

export function readWordRows(ctx: Pick<Ctx, 'db'>, kind: string): WordRow[] {
  return prepared(
    ctx.db,
    'SELECT role, target, word, option FROM kind_words WHERE kind = ? ORDER BY target, role, rowid',
  ).all(kind) as WordRow[];
}

/** The rows by target, as the API shows them: only targets with words. */
export function groupWords(kind: string, rows: WordRow[]): KindWords {
  const byTarget = new Map<string, TargetWords>();
  for (const row of rows) {
    let t = byTarget.get(row.target);
    if (!t) byTarget.set(row.target, (t = { target: row.target, aliases: [], optionWords: {}, otherWords: [] }));
    if (row.role === 'header') t.aliases.push(row.word);
    else if (row.option === null) t.otherWords.push(row.word);
    else
      (Object.hasOwn(t.optionWords, row.option) ? t.optionWords[row.option]! : (t.optionWords[row.option] = [])).push(
        row.word,
      );
  }
  return { kind, targets: [...byTarget.values()] };
}

/**
 * A kind's fields with the staff's words merged in: aliases, optionWords (after the shipped ones; a
 * staff word given to another option takes it from the shipped one) and otherWords. Words for
 * fields or options that are gone are left out. The fields come back unchanged when there are none.
 */
export function mergeWords(
  fields: FieldDef[],
  rows: WordRow[],
): { fields: FieldDef[]; commonAliases: Record<string, string[]> } {
  const commonAliases: Record<string, string[]> = {};
  if (rows.length === 0) return { fields, commonAliases };
  const byField = new Map<string, WordRow[]>();
  for (const row of rows) {
    if (row.target.startsWith('fields.')) {
      const key = row.target.slice('fields.'.length);
      const list = byField.get(key);
      if (list) list.push(row);
      else byField.set(key, [row]);
    } else if (row.role === 'header') {
      (Object.hasOwn(commonAliases, row.target) ? commonAliases[row.target]! : (commonAliases[row.target] = [])).push(
        row.word,
      );
    }
  }
  const merged = fields.map((def) => {
    const own = byField.get(def.key);
    return own ? withWords(def, own) : def;
  });
  return { fields: merged, commonAliases };
}

function withWords(def: FieldDef, rows: WordRow[]): FieldDef {
  const aliases = rows.filter((r) => r.role === 'header').map((r) => r.word);
  const values = rows.filter((r) => r.role === 'value');
  const next: FieldDef = { ...def };
  if (aliases.length) next.aliases = [...(def.aliases ?? []), ...aliases];
  const options = fieldOptions(def);
  if (options.length && values.length && isOptionField(def)) {
    const staff = values.filter((r) => r.option !== null && options.includes(r.option));
    const taken = new Set(values.map((r) => wordKey(r.word)));
    const optionWords: Record<string, string[]> = {};
    for (const option of options) {
      const shipped = (
        def.optionWords && Object.hasOwn(def.optionWords, option) ? def.optionWords[option]! : []
      ).filter((w) => !taken.has(wordKey(w)));
      const added = staff.filter((r) => r.option === option).map((r) => r.word);
      if (shipped.length || added.length) optionWords[option] = [...shipped, ...added];
    }
    next.optionWords = optionWords;
    const others = values.filter((r) => r.option === null).map((r) => r.word);
    if (others.length) next.otherWords = [...(def.otherWords ?? []), ...others];
  }
  return next;
}
