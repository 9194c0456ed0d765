/**
 * Telephone numbers as people write them in ledger cells, with the words that say whose they
 * are: '本人 13904312222', '13904312222（本人）；13804315555（丈夫）', '母亲:139-0431-2222 父亲 138 0431 5555',
 * '家属电话13904312222'. Every number in the cell is found and normalised (see phoneNumber.ts); a
 * short Chinese word before or after a number, in brackets or before a colon, is kept as its note.
 * A piece that looks like a number but is not a valid one makes the whole cell an error.
 */
import { bad, good, type Check } from './check';
import { parseNumberCell, parsePiece } from './phoneNumber';
import { quote } from './text';

/** One number of a cell and whose it is ('' when the cell does not say). */
export interface LabelledPhone {
  number: string;
  note: string;
}

/** Separators that always split a cell into several numbers. */
const SEPARATORS = new Set(['/', '、', ',', ';', '|', '\n', '\r']);
const DASHES = /[\u2010-\u2015\u2212\ufe58\ufe63-]+/g;
const PLAIN_MOBILE = /^1[3-9]\d{9}$/;
/** A word of a label: Chinese characters and the middle dot of names, spaces between them. */
const LABEL_RUN = /[\p{Script=Han}·]+(?: [\p{Script=Han}·]+)*/uy;
const HAN = /[\p{Script=Han}·]/u;
/** Words that join two numbers ('13904312222和13804315555'), not labels. */
const CONJUNCTIONS = /^[和或及与]/;
/** Words for "telephone" that add nothing to a label: '家属电话' is 家属's, '手机' alone is no label. */
const PHONE_WORDS = /的?(?:联系电话|联系方式|电话号码|手机号码|手机号|电话|手机|座机|固话|号码)$/;
const EXTENSION_WORD = /^(?:转|分机)/;
export const NOTE_MAX = 20;

type Item = { kind: 'number'; number: string } | { kind: 'label'; text: string; bracketed: boolean; colon: boolean };

interface Piece {
  text: string;
  /** Regions and labels in the order written; regions are parsed later. */
  items: ({ kind: 'region'; text: string } | Extract<Item, { kind: 'label' }>)[];
}

function cellText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(DASHES, '-')
    .replace(/[【〔［[]/g, '(')
    .replace(/[】〕］\]]/g, ')')
    .replace(/[ \t\u00a0\u3000]+/g, ' ');
}

/** A label as kept: spaces folded, a trailing word for "telephone" dropped. */
function labelText(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(PHONE_WORDS, '').trim();
}

/** Splits a cell into pieces at separators (a note in brackets keeps its own), each into number regions and labels. */
function scan(text: string): Piece[] {
  const pieces: Piece[] = [];
  let piece: Piece = { text: '', items: [] };
  let region = '';
  let start = 0;
  const closeRegion = () => {
    if (region) piece.items.push({ kind: 'region', text: region });
    region = '';
  };
  const closePiece = (end: number) => {
    closeRegion();
    piece.text = text.slice(start, end).trim();
    if (piece.items.length) pieces.push(piece);
    piece = { text: '', items: [] };
  };
  const regionEndsInDigit = () => /\d\s*$/.test(region);
  /** Right after a number, or after a number and its bracketed label ('13904312222（本人）或…'). */
  const afterNumber = () => {
    if (regionEndsInDigit()) return true;
    const [before, last] = piece.items.slice(-2);
    return region.trim() === '' && last?.kind === 'label' && last.bracketed && before?.kind === 'region';
  };

  let i = 0;
  while (i < text.length) {
    const ch = text[i] ?? '';
    if (SEPARATORS.has(ch)) {
      closePiece(i);
      start = ++i;
      continue;
    }
    if (ch === '(') {
      const close = text.indexOf(')', i + 1);
      const inside = close < 0 ? '' : text.slice(i + 1, close);
      if (close > 0 && !/\d/.test(inside) && HAN.test(inside)) {
        closeRegion();
        piece.items.push({ kind: 'label', text: inside.replace(/[/、,;|:]+/g, ' '), bracketed: true, colon: false });
        i = close + 1;
        continue;
      }
      region += ch;
      i++;
      continue;
    }
    LABEL_RUN.lastIndex = i;
    const run = LABEL_RUN.exec(text)?.[0];
    if (!run) {
      region += ch;
      i++;
      continue;
    }
    i += run.length;
    let word = run;
    // '0431-85201234 转 123': the extension word belongs to the number.
    const extension = EXTENSION_WORD.exec(word)?.[0];
    if (extension && regionEndsInDigit()) {
      region += extension;
      word = word.slice(extension.length).trim();
      if (!word) continue;
    }
    // '13904312222和13804315555', '13904312222和父亲13804315555': 和 parts two numbers.
    if (CONJUNCTIONS.test(word) && afterNumber() && /^\s*:?\s*[+(\d]/.test(text.slice(i))) {
      closePiece(i - word.length);
      start = i - word.length + 1;
      word = word.slice(1).trim();
      if (!word) continue;
    }
    closeRegion();
    const colon = /^ ?:/.exec(text.slice(i));
    if (colon) i += colon[0].length;
    piece.items.push({ kind: 'label', text: word, bracketed: false, colon: colon !== null });
  }
  closePiece(text.length);
  return pieces;
}

/** A region's text without the punctuation around it; '' when nothing but punctuation is left. */
function regionText(text: string): string {
  let trimmed = text
    .replace(/\s*-\s*/g, '-')
    .replace(/^[\s:.=>~-]+|[\s:.=~-]+$/g, '')
    .trim()
    // 13904312222.0: a phone column that went through a float (pandas writes it so).
    .replace(/^(\+?\d{7,})\.0+$/, '$1');
  // A bracket whose other half went with a label: '(本人 13904312222)'.
  if (!trimmed.includes(')')) trimmed = trimmed.replace(/^\(\s*/, '');
  if (!trimmed.includes('(')) trimmed = trimmed.replace(/\s*\)$/, '');
  return /^[\s:.()-]*$/.test(trimmed) ? '' : trimmed;
}

const unknown = (piece: string) =>
  bad(`无法识别的电话号码${quote(piece)}，手机号应为 11 位，固定电话请带区号，如 0431-85201234`);

const noNumberAfter = (labels: string[]) =>
  bad(`${quote(labels.join(' '))}后面没有电话号码，请补上号码，或删去${quote(labels.join(' '))}`);

/** Which number of the piece each label belongs to, by where and how it is written. */
function attach(items: Item[], pending: string[]): Check<LabelledPhone[]> {
  const numbers = items.flatMap((item, at) => (item.kind === 'number' ? [at] : []));
  const notes = new Map<number, string[]>();
  const give = (at: number, text: string) => {
    const label = labelText(text);
    if (label) notes.set(at, [...(notes.get(at) ?? []), label]);
  };
  const first = numbers[0];
  if (first !== undefined) for (const text of pending) give(first, text);
  const prefixStyle = items[0]?.kind === 'label';
  for (const [at, item] of items.entries()) {
    if (item.kind !== 'label') continue;
    const before = numbers.filter((n) => n < at).at(-1);
    const after = numbers.find((n) => n > at);
    // '丈夫:' with nothing after it: its number is missing, and the one before is not his.
    if (item.colon && after === undefined) return noNumberAfter([item.text]);
    let target: number | undefined;
    if (item.colon || before === undefined) target = after;
    else if (item.bracketed || after === undefined) target = before;
    else target = prefixStyle ? after : before;
    if (target !== undefined) give(target, item.text);
  }
  const phones: LabelledPhone[] = [];
  for (const at of numbers) {
    const item = items[at];
    if (item?.kind !== 'number') continue;
    const note = [...new Set(notes.get(at) ?? [])].join(' ');
    if (note.length > NOTE_MAX)
      return bad(`电话 ${item.number} 旁的说明${quote(note)}太长，请只写称呼（如 本人、丈夫），其他内容写在备注里`);
    phones.push({ number: item.number, note });
  }
  return good(phones);
}

function parseText(raw: string): Check<LabelledPhone[]> {
  const pieces = scan(cellText(raw));
  const phones: LabelledPhone[] = [];
  // Labels on a piece of their own ('联系人：张三，电话：13904312222') go with the next piece's number.
  let pending = null as { labels: string[]; piece: string; colon: boolean } | null;
  for (const piece of pieces) {
    const items: Item[] = [];
    for (const item of piece.items) {
      if (item.kind === 'label') {
        items.push(item);
        continue;
      }
      const text = regionText(item.text);
      if (!text) continue;
      const parsed = parsePiece(text);
      if (!parsed.ok) return parsed;
      for (const number of parsed.value) items.push({ kind: 'number', number });
    }
    if (items.length === 0) continue;
    if (!items.some((i) => i.kind === 'number')) {
      const labels = items.flatMap((i) => (i.kind === 'label' ? [i.text] : []));
      const last = items.at(-1);
      pending = {
        labels: [...(pending?.labels ?? []), ...labels],
        piece: piece.text,
        colon: last?.kind === 'label' && last.colon,
      };
      continue;
    }
    const attached = attach(items, pending?.labels ?? []);
    if (!attached.ok) return attached;
    pending = null;
    phones.push(...attached.value);
  }
  // Words after the last number: a missing number ('丈夫：'), or something that is no number ('无').
  if (pending) return pending.colon ? noNumberAfter(pending.labels) : unknown(pending.piece);
  if (phones.length === 0) return bad('电话未填写');
  return good(merge(phones));
}

/** Duplicates removed, order kept; a note given with either copy is kept. */
function merge(phones: LabelledPhone[]): LabelledPhone[] {
  const byNumber = new Map<string, LabelledPhone>();
  for (const phone of phones) {
    const seen = byNumber.get(phone.number);
    if (!seen) byNumber.set(phone.number, { ...phone });
    else if (phone.note && !seen.note.split(' ').includes(phone.note))
      seen.note = seen.note ? `${seen.note} ${phone.note}` : phone.note;
  }
  return [...byNumber.values()];
}

/**
 * Every telephone number in one cell with whose it is, normalised, duplicates removed, in the
 * order given. Numbers may be separated by / ／ 、 , ， ; ； | 和 or newlines, or by spaces when
 * each side is a complete number ('139 0431 2222' is one mobile number).
 */
export function parseLabelledPhones(raw: unknown): Check<LabelledPhone[]> {
  if (raw === null || raw === undefined) return bad('电话未填写');
  if (typeof raw === 'number') {
    const parsed = parseNumberCell(raw);
    return parsed.ok ? good(parsed.value.map((number) => ({ number, note: '' }))) : parsed;
  }
  if (typeof raw !== 'string') return bad('电话应为文字或数字，请填写如 13904312222 或 0431-85201234');
  // Most cells hold one mobile number as it should be written, which the steps below keep as it is.
  if (PLAIN_MOBILE.test(raw)) return good([{ number: raw, note: '' }]);
  return parseText(raw);
}

/** The numbers of a cell, normalised (their notes left out). */
export function parsePhones(raw: unknown): Check<string[]> {
  const parsed = parseLabelledPhones(raw);
  return parsed.ok ? good(parsed.value.map((p) => p.number)) : parsed;
}

/** Exactly one telephone number; a note beside it is allowed and left out. */
export function parsePhone(raw: unknown): Check<string> {
  const parsed = parsePhones(raw);
  if (!parsed.ok) return parsed;
  const [first, ...others] = parsed.value;
  if (first === undefined) return bad('电话未填写');
  if (others.length > 0)
    return bad(`只能填写一个电话号码，现在有 ${parsed.value.length} 个：${parsed.value.join('、')}`);
  return good(first);
}

/** number -> note, for the numbers that have one. */
export function phoneNotesOf(phones: LabelledPhone[]): Record<string, string> {
  const notes: Record<string, string> = {};
  for (const { number, note } of phones) if (note) notes[number] = note;
  return notes;
}

/**
 * A note given on its own (a form, the API): Chinese words only, so that written beside its
 * number it reads back the same. '' when blank.
 */
export function cleanPhoneNote(raw: unknown): Check<string> {
  if (raw === null || raw === undefined) return good('');
  if (typeof raw !== 'string') return bad('电话备注应为文字，如 本人、丈夫');
  const text = labelText(
    cellText(raw)
      .trim()
      .replace(/^\((.*)\)$/, '$1'),
  );
  if (!text) return good('');
  if (!new RegExp(`^${LABEL_RUN.source}$`, 'u').test(text))
    return bad(`电话备注${quote(text)}只能写中文称呼，如 本人、丈夫、紧急联系人（不要带数字和标点）`);
  if (text.length > NOTE_MAX) return bad(`电话备注${quote(text)}太长，最多 ${NOTE_MAX} 个字`);
  return good(text);
}

/** '13904312222（本人）', or the number alone when it has no note. */
export function phoneWithNote(number: string, notes: Record<string, string> | undefined): string {
  const note = notes && Object.hasOwn(notes, number) ? notes[number] : '';
  return note ? `${number}（${note}）` : number;
}

/** A list of numbers with their notes, as shown and exported: '13904312222（本人）/13804315555（丈夫）'. */
export function formatPhones(phones: string[], notes: Record<string, string> | undefined, separator = '/'): string {
  return phones.map((p) => phoneWithNote(p, notes)).join(separator);
}
