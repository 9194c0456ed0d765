/**
 * One resolver for what an option field's value means: the import, the forms, the filters and the
 * API all ask here, so 血液透析 is 血透 wherever it is typed.
 */
import type { FieldDef } from './ledgers/fields';
import { cleanText } from './text';

export const BOOL_OPTIONS = ['是', '否'] as const;

/** The words every 是/否 field knows; a field may add its own (FieldDef.optionWords). */
export const BOOL_WORDS: Readonly<Record<(typeof BOOL_OPTIONS)[number], readonly string[]>> = {
  是: ['有', '对', '√', '✓', '✔', '☑', 'Y', 'yes', 'true', '1'],
  否: ['无', '没有', '不是', '×', '✗', '✘', '☒', 'N', 'no', 'false', '0'],
};

/** What the resolver reads of a field. */
export type OptionField = Pick<FieldDef, 'type' | 'options' | 'optionWords' | 'otherWords'>;

/** The form two spellings of one word share: NFKC (full-width → half-width), no whitespace, lower case. */
export function wordKey(text: unknown): string {
  return cleanText(text).replace(/\s+/g, '').toLowerCase();
}

/** A field whose values are options: 单选, 多选 or 是/否. */
export const isOptionField = <T extends Pick<FieldDef, 'type'>>(
  def: T,
): def is T & { type: 'choice' | 'multi' | 'bool' } =>
  def.type === 'choice' || def.type === 'multi' || def.type === 'bool';

/** A field's options: a 是/否 field has 是 and 否. */
export function fieldOptions(def: Pick<FieldDef, 'type' | 'options'>): readonly string[] {
  return def.type === 'bool' ? BOOL_OPTIONS : (def.options ?? []);
}

/** word key -> option, for one set of options and words; built once per pair. */
type WordIndex = Map<string, string>;

const NO_WORDS: Record<string, readonly string[]> = {};
const indexes = new WeakMap<readonly string[], WeakMap<object, WordIndex>>();

function indexOf(options: readonly string[], words: Record<string, readonly string[]> | undefined, bool: boolean) {
  const own = words ?? NO_WORDS;
  let byWords = indexes.get(options);
  if (!byWords) indexes.set(options, (byWords = new WeakMap()));
  let index = byWords.get(own);
  if (index) return index;
  index = new Map();
  // Options first: an option's own name is never taken by a word of another option.
  for (const option of options) {
    const key = wordKey(option);
    if (key && !index.has(key)) index.set(key, option);
  }
  const add = (option: string, list: readonly string[] | undefined) => {
    if (!options.includes(option) || !list) return;
    for (const word of list) {
      const key = wordKey(word);
      if (key && !index!.has(key)) index!.set(key, option);
    }
  };
  // A field's own words come before the common 是/否 words.
  for (const option of Object.keys(own)) if (Object.hasOwn(own, option)) add(option, own[option]);
  if (bool) for (const option of BOOL_OPTIONS) add(option, BOOL_WORDS[option]);
  byWords.set(own, index);
  return index;
}

/**
 * '血液透析(HD)', 'HD（血液透析）': a word with another in brackets after it. Both parts, or the only
 * one the field knows, name the option; parts naming two options name none.
 */
function glossedOption(index: WordIndex, key: string): string | undefined {
  const match = /^([^()]+)\(([^()]+)\)$/.exec(key);
  if (!match) return undefined;
  const outer = index.get(match[1]!);
  const inner = index.get(match[2]!);
  if (outer !== undefined && inner !== undefined) return outer === inner ? outer : undefined;
  return outer ?? inner;
}

export type OptionMatch =
  /** how: 'option' the option itself, 'word' one of its words, 'near' the only option containing it or contained in it. */
  | { option: string; how: 'option' | 'word' | 'near' }
  /** None; `near` lists the options it could be when more than one contains it or is contained in it. */
  | { option: null; near: string[] };

/**
 * What `text` means among `options`: the option itself (ignoring case, width and spaces), then an
 * option's words, then — when `loose` — the only option that contains the text or is contained in it.
 * 是/否 fields never take the loose step: 是否 is neither.
 */
export function matchOptionIn(
  options: readonly string[],
  words: Record<string, readonly string[]> | undefined,
  text: unknown,
  { bool = false, loose = true }: { bool?: boolean; loose?: boolean } = {},
): OptionMatch {
  const index = indexOf(options, words, bool);
  // Most values are an option exactly as written: found without cleaning them.
  if (typeof text === 'string') {
    const exact = index.get(text);
    if (exact === text) return { option: exact, how: 'option' };
  }
  const key = wordKey(text);
  if (!key) return { option: null, near: [] };
  const found = index.get(key);
  if (found !== undefined) return { option: found, how: wordKey(found) === key ? 'option' : 'word' };
  const glossed = glossedOption(index, key);
  if (glossed !== undefined) return { option: glossed, how: 'word' };
  if (!loose || bool) return { option: null, near: [] };
  const near = options.filter((o) => {
    const k = wordKey(o);
    return k !== '' && (k.includes(key) || key.includes(k));
  });
  if (near.length === 1) return { option: near[0]!, how: 'near' };
  return { option: null, near };
}

/** matchOptionIn for a field. */
export function matchOption(def: OptionField, text: unknown, loose = true): OptionMatch {
  return matchOptionIn(fieldOptions(def), def.optionWords, text, { bool: def.type === 'bool', loose });
}

/** The option `text` means for a 单选, 多选 (one piece) or 是/否 field, or null when none or unsure. */
export function resolveOption(def: OptionField, text: unknown): string | null {
  return matchOption(def, text).option;
}

/** True when an import keeps this value of the field in 其他信息 without asking (remembered from 值对应). */
export function isOtherWord(def: Pick<FieldDef, 'otherWords'>, text: unknown): boolean {
  const key = wordKey(text);
  return key !== '' && (def.otherWords ?? []).some((w) => wordKey(w) === key);
}

/**
 * For a select's filterOption: whether what is typed finds `option` — by its name, or by one of the
 * words that mean it (typing 血液透析 finds 血透). Typing part of a name or word finds it too.
 */
export function optionMatchesInput(
  def: Pick<FieldDef, 'type' | 'optionWords'>,
  option: string,
  input: string,
): boolean {
  const typed = wordKey(input);
  if (!typed) return true;
  if (wordKey(option).includes(typed)) return true;
  const words = [
    ...(def.optionWords?.[option] ?? []),
    ...(def.type === 'bool' ? ((BOOL_WORDS as Record<string, readonly string[]>)[option] ?? []) : []),
  ];
  return words.some((w) => wordKey(w).includes(typed));
}
