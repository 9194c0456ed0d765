/** Column widths fitted to their text, in Excel's units (about one digit of the default font). */

const MIN_WIDTH = 6;
const MAX_WIDTH = 40;
/** A header wraps over two lines before its column grows past this. */
const HEADER_MAX = 14;

/** Characters drawn twice as wide as a digit: CJK, full-width forms, and the like. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** How wide a text is drawn: a CJK character counts 2, anything else 1; the longest line counts. */
export function displayWidth(text: string): number {
  let widest = 0;
  for (const line of text.split('\n')) {
    let width = 0;
    for (const ch of line) width += WIDE.test(ch) ? 2 : 1;
    widest = Math.max(widest, width);
  }
  return widest;
}

/** Tracks the widest value of each column over the rows it is shown. */
export class WidthTracker {
  private readonly widest: number[];

  constructor(headers: string[]) {
    this.widest = headers.map((h) => Math.min(displayWidth(h), HEADER_MAX));
  }

  see(index: number, text: string): void {
    const width = displayWidth(text);
    if (width > (this.widest[index] ?? 0)) this.widest[index] = width;
  }

  /** The widths, padded and clamped to 6–40; `fixed` widths (by column index) win. */
  widths(fixed: Map<number, number>): number[] {
    return this.widest.map((w, i) => fixed.get(i) ?? Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, w + 2)));
  }
}
