/**
 * A small seeded PRNG (mulberry32), so that every generated input can be made again from the
 * seed printed with a failure: FUZZ_SEED=<seed> npx vitest run tests/unit/fuzz
 */
export const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) >>> 0 : 20261123;

export class Rng {
  private state: number;

  constructor(readonly seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** A new generator for one case, so cases do not shift each other when one changes. */
  fork(label: string): Rng {
    let h = this.seed ^ 0x9e3779b9;
    for (let i = 0; i < label.length; i++) h = Math.imul(h ^ label.charCodeAt(i), 0x01000193);
    return new Rng(h >>> 0);
  }

  bytes(length: number): Buffer {
    const out = Buffer.alloc(length);
    for (let i = 0; i < length; i++) out[i] = Math.floor(this.next() * 256);
    return out;
  }
}

/** Text that has hurt other programs: SQL, HTML, formulas, control and odd Unicode characters. */
export const HOSTILE_TEXT = [
  "'; DROP TABLE entries; --",
  "' OR '1'='1",
  '" OR ""="',
  '%_%\\',
  '1; SELECT * FROM sqlite_master',
  '<img src=x onerror=window.__xss=1>',
  '<script>alert(1)</script>',
  '"><svg onload=alert(1)>',
  '=HYPERLINK("http://example.com","点我")',
  '=1+1',
  '@SUM(A1)',
  '\u0000\u0001\u0007\u001b',
  '\ud800',
  '\u202e\u200b\ufeff',
  '𠮷𠮷𠮷👨‍👩‍👧',
  '../../../etc/passwd',
  'C:\\Windows\\System32',
  '__proto__',
  'constructor',
  '${7*7}{{7*7}}',
  ' ',
  '',
  '王芳\r\n李娜',
] as const;

/** Numbers a field meant for a count, an id or a year should refuse or survive. */
export const HOSTILE_NUMBERS = [
  NaN,
  Infinity,
  -Infinity,
  -1,
  0,
  -0,
  0.5,
  1e308,
  -1e308,
  Number.MAX_SAFE_INTEGER + 2,
  2 ** 31,
  Number.MIN_VALUE,
] as const;
