/**
 * The pinyin of a name, as pinyin-pro gives it (toneless, ü as v, the first character read as a
 * surname): the full spelling and the initials. An import makes it for a hundred thousand rows, so
 * it is made cheaply: names seen lately are remembered, and a name is given to pinyin-pro once,
 * not once for each form, with tones taken off afterwards, once per distinct syllable.
 */
import { convert, pinyin } from 'pinyin-pro';

export interface NamePinyin {
  readonly full: string;
  readonly initials: string;
}

/** Two generations: memory stays bounded without the cost of evicting one name at a time. */
const GENERATION = 25_000;
let recent = new Map<string, NamePinyin>();
let older = new Map<string, NamePinyin>();

/** Pinyin of a name for sorting and for finding by initials: 王芳 -> { full: 'wangfang', initials: 'wf' }. */
export function namePinyin(name: string): NamePinyin {
  let known = recent.get(name);
  if (known) return known;
  known = older.get(name) ?? (isPlainName(name) ? fromPieces(name) : fromTwoCalls(name));
  if (recent.size >= GENERATION) {
    older = recent;
    recent = new Map();
  }
  recent.set(name, known);
  return known;
}

const OPTIONS = { toneType: 'none', separator: '', surname: 'head', v: true } as const;

/** pinyin-pro's string output, once in full and once with pattern 'first': right for any name. */
export function fromTwoCalls(name: string): NamePinyin {
  return {
    full: pinyin(name, OPTIONS).toLowerCase(),
    initials: pinyin(name, { ...OPTIONS, pattern: 'first' }).toLowerCase(),
  };
}

/**
 * ASCII, Chinese characters and the middle dot only. In such a name a character that pinyin-pro
 * gives back as it is has no pinyin (and holds no tone mark, no ü and no surrogate pair, so that
 * taking tones off or first letters could not change it), and every other piece is pinyin.
 */
function isPlainName(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (!(c < 0x80 || c === 0xb7 || (c >= 0x3400 && c <= 0x9fff))) return false;
  }
  return true;
}

/** One piece per character, tones kept: they are taken off below. */
const PIECES = { type: 'array', surname: 'head' } as const;

/** fromTwoCalls's result for a plain name, from one call. */
function fromPieces(name: string): NamePinyin {
  const pieces = pinyin(name, PIECES);
  if (pieces.length !== name.length) return fromTwoCalls(name);
  let full = '';
  let initials = '';
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    if (piece === name[i]) {
      full += piece;
      initials += piece;
    } else {
      const plain = plainPinyin(piece);
      full += plain;
      initials += firstLetters(plain);
    }
  }
  return { full: full.toLowerCase(), initials: initials.toLowerCase() };
}

/** Pinyin-pro's own syllables are few: each is converted once. */
const plainSyllables = new Map<string, string>();

/** 'lǘ' -> 'lv', as toneType 'none' and v: true make it. */
function plainPinyin(piece: string): string {
  let plain = plainSyllables.get(piece);
  if (plain === undefined)
    plainSyllables.set(piece, (plain = convert(piece, { format: 'toneNone' }).replace(/ü/g, 'v')));
  return plain;
}

/** 'wang' -> 'w'; a character read as several syllables ('qian wa') -> 'q w'. */
function firstLetters(plain: string): string {
  return plain.includes(' ')
    ? plain
        .split(' ')
        .map((syllable) => syllable.charAt(0))
        .join(' ')
    : plain.charAt(0);
}
