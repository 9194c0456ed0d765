import type { Input } from '../../../../../shared/contract';
import { builtinFields, isBuiltinKind } from '../../../../../shared/domain/ledgers/builtins';
import { commonFieldLabels } from '../../../../../shared/domain/ledgers/common';
import type { FieldDef } from '../../../../../shared/domain/ledgers/fields';
import type { LedgerKind } from '../../../../../shared/domain/ledgers/types';
import { COLUMN_COMMON_TARGETS, type KindWords } from '../../../../../shared/domain/ledgers/words';
import { BOOL_WORDS, fieldOptions, isOptionField } from '../../../../../shared/domain/options';

/** One target's words in the form. */
export interface TargetDraft {
  aliases: string[];
  optionWords: Record<string, string[]>;
  otherWords: string[];
}

/** The form: target ('community', 'fields.f1') -> its words. */
export interface WordsDraft {
  targets: Record<string, TargetDraft>;
}

/** The targets the editor shows: the kind's own fields first, then the common fields. */
export function editorTargets(kind: LedgerKind): { target: string; label: string; def: FieldDef | null }[] {
  return [
    ...kind.fields.map((def) => ({ target: `fields.${def.key}`, label: def.label, def })),
    ...COLUMN_COMMON_TARGETS.map((key) => ({ target: key, label: commonFieldLabels[key], def: null })),
  ];
}

export function wordsDraftOf(kind: LedgerKind, words: KindWords | undefined): WordsDraft {
  const targets: Record<string, TargetDraft> = {};
  for (const { target, def } of editorTargets(kind)) {
    const saved = words?.targets.find((t) => t.target === target);
    const optionWords: Record<string, string[]> = {};
    if (def && isOptionField(def))
      for (const option of fieldOptions(def)) optionWords[option] = saved?.optionWords[option] ?? [];
    targets[target] = { aliases: saved?.aliases ?? [], optionWords, otherWords: saved?.otherWords ?? [] };
  }
  return { targets };
}

/** The words the app itself knows for an option (built-in kinds, and every 是/否 field). */
export function shippedWords(kind: LedgerKind, def: FieldDef, option: string): readonly string[] {
  if (def.type === 'bool') return (BOOL_WORDS as Record<string, readonly string[]>)[option] ?? [];
  if (!isBuiltinKind(kind.key)) return [];
  return builtinFields[kind.key].find((f) => f.key === def.key)?.optionWords?.[option] ?? [];
}

const clean = (words: string[] | undefined) => [...new Set((words ?? []).map((w) => w.trim()).filter(Boolean))];

/** What kinds.setWords takes: every target shown, so what was removed in the form goes. */
export function setWordsInput(kind: LedgerKind, draft: WordsDraft): Input<'kinds.setWords'> {
  return {
    kind: kind.key,
    targets: editorTargets(kind).map(({ target }) => {
      const t = draft.targets?.[target];
      return {
        target,
        aliases: clean(t?.aliases),
        optionWords: Object.fromEntries(Object.entries(t?.optionWords ?? {}).map(([o, w]) => [o, clean(w)])),
        otherWords: clean(t?.otherWords),
      };
    }),
  };
}
