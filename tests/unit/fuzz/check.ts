import crypto from 'node:crypto';
import type Database from 'better-sqlite3';

const CJK = /[\u3400-\u9fff]/;
/** What a JavaScript error or a stack trace looks like when it leaks into a message. */
const LEAKS =
  /TypeError|ReferenceError|RangeError|SyntaxError|AbortError|\bError:|\bundefined\b|\bNaN\b|instanceof|Cannot read|is not a function|is not defined|\bat \S+ \(|\.ts:\d+|\.js:\d+|node_modules|SQLITE_|sqlite|\bnull\b/;

/** Why a message is not a clear Chinese one, or null when it is. */
export function messageProblem(message: unknown): string | null {
  if (typeof message !== 'string') return `message is ${typeof message}`;
  if (!CJK.test(message)) return 'no Chinese in the message';
  const leak = LEAKS.exec(message);
  if (leak) return `message leaks ${JSON.stringify(leak[0])}`;
  if (message.length > 600) return `message is ${message.length} characters long`;
  return null;
}

/** A digest of every row of every table, to show that a refused call changed nothing. */
export function digest(db: Database.Database): string {
  const hash = crypto.createHash('sha256');
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .pluck()
    .all() as string[];
  for (const table of tables) {
    const rows = db
      .prepare(`SELECT * FROM "${table.replaceAll('"', '""')}"`)
      .raw()
      .all();
    const lines = rows.map((r) => JSON.stringify(r, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v)));
    hash.update(`${table}\n${lines.sort().join('\n')}\n`);
  }
  return hash.digest('hex');
}

/** A short description of any value (deep, huge or cyclic), for failure messages. */
export function describe(value: unknown, budget = 160): string {
  const seen = new WeakSet<object>();
  const walk = (v: unknown, depth: number): string => {
    if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…(${v.length})` : v);
    if (typeof v === 'number' || typeof v === 'boolean' || v === null || v === undefined) return String(v);
    if (typeof v !== 'object') return typeof v;
    if (seen.has(v)) return '[cycle]';
    seen.add(v);
    if (depth > 3) return Array.isArray(v) ? '[…]' : '{…}';
    if (Array.isArray(v))
      return `[${v
        .slice(0, 4)
        .map((x) => walk(x, depth + 1))
        .join(',')}${v.length > 4 ? `,…(${v.length})` : ''}]`;
    const keys = Object.keys(v);
    const shown = keys
      .slice(0, 6)
      .map((k) => `${JSON.stringify(k.slice(0, 30))}:${walk((v as Record<string, unknown>)[k], depth + 1)}`);
    return `{${shown.join(',')}${keys.length > 6 ? ',…' : ''}}`;
  };
  const text = walk(value, 0);
  return text.length > budget ? `${text.slice(0, budget)}…` : text;
}

/** Settles within ms or answers 'timeout'. */
export async function within<T>(
  ms: number,
  work: () => T | Promise<T>,
): Promise<{ value: T } | { error: unknown } | 'timeout'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), ms)));
  try {
    return await Promise.race([
      Promise.resolve()
        .then(work)
        .then(
          (value) => ({ value }),
          (error: unknown) => ({ error }),
        ),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
}
