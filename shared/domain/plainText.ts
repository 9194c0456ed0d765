/**
 * A cheap look at a text before cleanText touches it. Most cells hold plain ASCII and Chinese
 * characters that NFKC leaves as they are; for them normalize() and the regular expressions are
 * wasted work, and on a hundred thousand rows the largest part of checking them.
 */

/** cleanText gives the text back as it is. */
export const CLEAN = 0;
/** Nothing for NFKC to change, but whitespace to fold or trim. */
export const SPACED = 1;
/** Anything else: cleanText's full treatment. */
export const OTHER = 2;

export type TextShape = typeof CLEAN | typeof SPACED | typeof OTHER;

/**
 * True for a code unit that NFKC keeps as it is whatever stands around it (no decomposition,
 * combining class 0, composes with nothing), that is not whitespace and not invisible.
 * A deliberately short list; whatever is not on it takes the slow path, which is always right.
 */
export function isStableChar(c: number): boolean {
  if (c > 0x20 && c < 0x7f) return true; // printable ASCII
  if (c >= 0x4e00 && c <= 0x9fff) return true; // CJK Unified Ideographs
  if (c >= 0x3400 && c <= 0x4dbf) return true; // CJK Extension A
  switch (c) {
    case 0x00b7: // ·
    case 0x2014: // —
    case 0x2018: // ‘
    case 0x2019: // ’
    case 0x201c: // “
    case 0x201d: // ”
    case 0x3001: // 、
    case 0x3002: // 。
    case 0x300a: // 《
    case 0x300b: // 》
    case 0x3010: // 【
    case 0x3011: // 】
      return true;
  }
  return false;
}

/** Whitespace that cleanText folds to one space, with or without NFKC first. */
function isFoldedSpace(c: number): boolean {
  return (c >= 0x09 && c <= 0x0d) || c === 0x20 || c === 0xa0 || c === 0x3000;
}

export function textShape(text: string): TextShape {
  let shape: TextShape = CLEAN;
  // Starts true so that a leading space is caught like a doubled one.
  let afterSpace = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isStableChar(c)) afterSpace = false;
    else if (c === 0x20 && !afterSpace) afterSpace = true;
    else if (isFoldedSpace(c)) {
      shape = SPACED;
      afterSpace = true;
    } else return OTHER;
  }
  return afterSpace && text.length > 0 ? SPACED : shape;
}
