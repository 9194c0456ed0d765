import { AppError } from '../../../../shared/errors';
import { commonFieldLabels } from '../../../../shared/domain/ledgers/common';
import type { FieldDef } from '../../../../shared/domain/ledgers/fields';
import { COLUMN_COMMON_TARGETS, type KindWords, type TargetWords } from '../../../../shared/domain/ledgers/words';
import { fieldOptions, isOptionField, matchOptionIn, wordKey } from '../../../../shared/domain/options';
import type { ParsedInput } from '../../../../shared/contract';
import { recordAudit } from '../../audit/record';
import type { Ctx } from '../../context';
import { targetWords } from '../../excel/import/synonyms';
import { getKind, ownFields, type KindDef } from '../kinds';
import { groupWords, readWordRows, type WordRow } from './merge';

export function listKindWords(ctx: Pick<Ctx, 'db'>, kind: string): KindWords {
  const def = getKind(ctx, kind);
  const targets = new Set<string>([...COLUMN_COMMON_TARGETS, ...def.fields.map((f) => `fields.${f.key}`)]);
  return groupWords(
    kind,
    readWordRows(ctx, kind).filter((r) => targets.has(r.target)),
  );
}

/** When a field leaves a kind, its words go too (its key is never used again). */
export function forgetFieldWords(ctx: Pick<Ctx, 'db'>, kind: string, fieldKey: string): void {
  ctx.db.prepare('DELETE FROM kind_words WHERE kind = ? AND target = ?').run(kind, `fields.${fieldKey}`);
}

/** The label of a target, for messages: 社区, 透析方式. */
export function targetLabel(kind: KindDef, target: string): string {
  if (target.startsWith('fields.')) return kind.fields.find((f) => `fields.${f.key}` === target)?.label ?? target;
  return (commonFieldLabels as Record<string, string>)[target] ?? target;
}

/** The field a target names, or an error that says the target is none of this kind's. */
export function fieldOf(kind: KindDef, target: string): FieldDef | null {
  if ((COLUMN_COMMON_TARGETS as readonly string[]).includes(target)) return null;
  const def = target.startsWith('fields.') ? kind.fields.find((f) => `fields.${f.key}` === target) : undefined;
  if (!def) throw new AppError('BAD_INPUT', `“${kind.name}”台账没有“${target}”这一项，请刷新后重试。`);
  return def;
}

/** Writes one target's words in place of those it had. */
function replaceTarget(ctx: Ctx, kind: KindDef, input: TargetWords): void {
  const def = fieldOf(kind, input.target);
  const label = targetLabel(kind, input.target);
  const rows: WordRow[] = [];
  const seenValue = new Map<string, string | null>();
  const seenHeader = new Set<string>();
  const elsewhere = ctx.db.prepare(
    "SELECT target FROM kind_words WHERE kind = ? AND role = 'header' AND word_key = ? AND target <> ?",
  );
  for (const word of input.aliases) {
    const key = wordKey(word);
    if (seenHeader.has(key)) continue;
    const other = elsewhere.pluck().get(kind.key, key, input.target) as string | undefined;
    if (other !== undefined)
      throw new AppError(
        'BAD_INPUT',
        `表头别名“${word}”已用于“${targetLabel(kind, other)}”，一个别名只能对应一个项目。`,
      );
    seenHeader.add(key);
    rows.push({ role: 'header', target: input.target, word, option: null });
  }
  const values: [string, string | null][] = [
    ...Object.entries(input.optionWords).flatMap(([option, words]) => words.map((w): [string, string] => [w, option])),
    ...input.otherWords.map((w): [string, null] => [w, null]),
  ];
  if (values.length && (!def || !isOptionField(def)))
    throw new AppError('BAD_INPUT', `“${label}”不是选择题，不能设置选项同义词。`);
  const options = def ? fieldOptions(def) : [];
  const own = def ? ownFields(ctx, kind.key).find((f) => f.key === def.key) : undefined;
  for (const [word, option] of values) {
    if (option !== null && !options.includes(option))
      throw new AppError('BAD_INPUT', `“${label}”没有“${option}”这个选项，请刷新后重试。`);
    const key = wordKey(word);
    // The option's own name needs no word; another option's name cannot be one.
    const exact = options.find((o) => wordKey(o) === key);
    if (exact !== undefined) {
      if (exact === option) continue;
      throw new AppError('BAD_INPUT', `“${word}”是“${label}”的选项“${exact}”本身，不能作为别的选项的同义词。`);
    }
    if (seenValue.has(key)) {
      if (seenValue.get(key) === option) continue;
      throw new AppError('BAD_INPUT', `“${word}”在“${label}”中填了两处，请只保留一处。`);
    }
    seenValue.set(key, option);
    // A word the field already knows for the same option (shipped with the app) need not be stored.
    if (
      option !== null &&
      own &&
      matchOptionIn(options, own.optionWords, word, { bool: own.type === 'bool', loose: false }).option === option
    )
      continue;
    rows.push({ role: 'value', target: input.target, word, option });
  }
  ctx.db.prepare('DELETE FROM kind_words WHERE kind = ? AND target = ?').run(kind.key, input.target);
  const insert = ctx.db.prepare(
    'INSERT INTO kind_words (kind, role, target, word, word_key, option, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const at = ctx.now().toISOString();
  for (const row of rows) insert.run(kind.key, row.role, row.target, row.word, wordKey(row.word), row.option, at);
}

/** A header word that names two targets of the kind: the message, or null. */
function headerClash(ctx: Ctx, kindKey: string): string | null {
  const kind = getKind(ctx, kindKey);
  const rows = readWordRows(ctx, kindKey).filter((r) => r.role === 'header');
  // The words the app itself knows for every target, without the staff's aliases.
  const shipped = targetWords(ownFields(ctx, kindKey));
  for (const row of rows) {
    const key = wordKey(row.word);
    for (const [target, words] of shipped) {
      if (target !== row.target && words.some((w) => wordKey(w) === key))
        return `表头“${row.word}”已经对应“${targetLabel(kind, target)}”，不能再作为“${targetLabel(kind, row.target)}”的别名。`;
    }
  }
  return null;
}

/** kinds.setWords: each target given gets exactly the words given; checked, then audited. */
export function setKindWords(ctx: Ctx, input: ParsedInput<'kinds.setWords'>): KindWords {
  return ctx.db.transaction(() => {
    const kind = getKind(ctx, input.kind);
    const before = groupWords(kind.key, readWordRows(ctx, kind.key));
    const targets = new Set<string>();
    for (const t of input.targets) {
      if (targets.has(t.target)) throw new AppError('BAD_INPUT', `“${targetLabel(kind, t.target)}”给了两次，请合并。`);
      targets.add(t.target);
    }
    // Every target's old words go first: a word may move from one target to another in one save.
    for (const t of input.targets)
      ctx.db.prepare('DELETE FROM kind_words WHERE kind = ? AND target = ?').run(kind.key, t.target);
    try {
      for (const t of input.targets) replaceTarget(ctx, kind, t);
    } catch (e) {
      if (e instanceof Error && /UNIQUE constraint failed: kind_words/.test(e.message)) {
        throw new AppError('BAD_INPUT', '同一个表头别名不能对应两个项目，请检查后再保存。');
      }
      throw e;
    }
    const clash = headerClash(ctx, kind.key);
    if (clash) throw new AppError('BAD_INPUT', clash);
    const after = groupWords(kind.key, readWordRows(ctx, kind.key));
    recordAudit(ctx, { method: 'kinds.setWords', entity: 'kind', entityId: null, before, after });
    return after;
  })();
}
