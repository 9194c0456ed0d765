import { EXTRA_TARGET } from '../../../../shared/domain/excel/imports';
import { WORD_MAX, type ValueChoiceToRemember } from '../../../../shared/domain/ledgers/words';
import { fieldOptions, isOptionField, matchOption, wordKey } from '../../../../shared/domain/options';
import { recordAudit } from '../../audit/record';
import type { Ctx } from '../../context';
import { getKind } from '../kinds';
import { readWordRows } from './merge';

/**
 * What an import's 值对应 decided, kept for the kind's later imports, forms and filters: a value
 * chosen to mean an option becomes a word of that option; one chosen to stay in 其他信息 (choice
 * 'extra') becomes an other word. Values the field already reads that way (the option itself, a
 * word it knows) are not stored; choices for targets or options the kind does not have are left out.
 * Call inside the commit's transaction. Returns how many words were written (one audit row if any).
 */
export function rememberValueChoices(ctx: Ctx, kind: string, choices: ValueChoiceToRemember[]): number {
  if (choices.length === 0) return 0;
  const def = getKind(ctx, kind);
  const upsert = ctx.db.prepare(
    `INSERT INTO kind_words (kind, role, target, word, word_key, option, created_at) VALUES (?, 'value', ?, ?, ?, ?, ?)
       ON CONFLICT (kind, role, target, word_key) DO UPDATE SET word = excluded.word, option = excluded.option`,
  );
  const at = ctx.now().toISOString();
  const written: { target: string; value: string; choice: string }[] = [];
  for (const { target, value, choice } of choices) {
    const field = def.fields.find((f) => `fields.${f.key}` === target);
    const key = wordKey(value);
    if (!field || !isOptionField(field) || key === '' || value.trim().length > WORD_MAX) continue;
    const keep = choice === EXTRA_TARGET;
    if (!keep && !fieldOptions(field).includes(choice)) continue;
    const now = matchOption(field, value, false);
    if (!keep && now.option === choice) continue;
    if (keep && (field.otherWords ?? []).some((w) => wordKey(w) === key)) continue;
    // An option's own name always means that option.
    if (now.option !== null && now.how === 'option') continue;
    upsert.run(kind, target, value.trim(), key, keep ? null : choice, at);
    written.push({ target, value: value.trim(), choice });
  }
  if (written.length)
    recordAudit(ctx, {
      method: 'kinds.rememberValues',
      entity: 'kind',
      entityId: null,
      before: null,
      after: { kind, words: written },
    });
  return written.length;
}

/**
 * What the staff (or an earlier 值对应) said a value of a field means: an option, 'extra' (kept in
 * 其他信息), or undefined when nothing was said. For ValueChoice.remembered: the app's own words
 * (血液透析 → 血透) are suggestions, not memories.
 */
export function rememberedChoices(
  ctx: Pick<Ctx, 'db'>,
  kind: string,
): (target: string, value: string) => string | undefined {
  const memory = new Map<string, string>();
  for (const row of readWordRows(ctx, kind))
    if (row.role === 'value') memory.set(`${row.target}\u0000${wordKey(row.word)}`, row.option ?? EXTRA_TARGET);
  return (target, value) => memory.get(`${target}\u0000${wordKey(value)}`);
}
