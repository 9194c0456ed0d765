/** The corpus's truth files (tests/corpus/<file>.truth.json) and the comparison of an import against one. */
import fs from 'node:fs';
import path from 'node:path';

export const corpusDir = path.resolve(import.meta.dirname, '../../corpus');

export interface RowRef {
  sheet: string;
  row: number;
}

export interface TruthEntry {
  at: RowRef;
  name: string;
  idNumber: string;
  gender: '男' | '女';
  birthDate: string;
  phones: string[];
  phoneNotes?: Record<string, string>;
  community: string;
  grid: string | null;
  address: string;
  cadre: string;
  note: string;
  fields: Record<string, unknown>;
  extra: Record<string, string>;
}

export interface Truth {
  file: string;
  producer: string;
  covers: string;
  pending?: string;
  kind: string;
  entries: TruthEntry[];
  errors: (RowRef & { column?: string })[];
  duplicates: RowRef[];
  warnings: (RowRef & { why?: 'merged' | 'ditto' | 'extra' })[];
}

/** Every workbook of the corpus with its truth, in file-name order. */
export function loadCorpus(): { file: string; truth: Truth }[] {
  return fs
    .readdirSync(corpusDir)
    .filter((name) => name.endsWith('.truth.json'))
    .sort()
    .map((name) => {
      const truth = JSON.parse(fs.readFileSync(path.join(corpusDir, name), 'utf8')) as Truth;
      const file = name.slice(0, -'.truth.json'.length);
      if (!fs.existsSync(path.join(corpusDir, file))) throw new Error(`${name} has no workbook ${file}`);
      return { file, truth };
    });
}

/** A stored entry as the comparison sees it: the full ID number, the kind's fields in `fields`. */
export interface StoredEntry {
  name: string;
  idNumber: string;
  gender: string;
  birthDate: string;
  phones: string[];
  phoneNotes?: Record<string, string>;
  community: string;
  grid: string | null;
  address: string;
  cadre: string;
  note: string;
  fields: Record<string, unknown>;
  extra: Record<string, string>;
}

/** What the import said about each row: refused (with the columns named), superseded, stored with a warning. */
export interface RowReports {
  /** sheet\u0000row -> column headers named (may be empty when the channel does not name them). */
  errors: Map<string, string[]>;
  duplicates: Set<string>;
  /** sheet\u0000row -> messages. */
  warnings: Map<string, string[]>;
  /** sheet\u0000row -> the marks of cells whose value came from elsewhere (来自合并单元格, 同上, 同左). */
  marks: Map<string, string[]>;
  /** True when the channel tells errors from warnings (the wizard); the CLI lists both as problems. */
  distinguishes: boolean;
}

export const rowKey = (r: RowRef) => `${r.sheet}\u0000${r.row}`;
const showRow = (r: RowRef) => `${r.sheet}!${r.row}`;

export interface Difference {
  row: string;
  name: string;
  field: string;
  expected: unknown;
  actual: unknown;
}

export type Outcome = 'right' | 'flagged' | 'wrong' | 'lost';

export interface Comparison {
  differences: Difference[];
  /** Report problems: errors, duplicates and warnings expected but not given, or given but not expected. */
  reports: string[];
  tally: Record<Outcome, number>;
}

const json = (v: unknown) => JSON.stringify(v ?? null);
const blankToNull = (v: unknown) => (v === undefined || v === '' ? null : v);

/** Every differing field of one entry (not just the first). */
export function diffEntry(expected: TruthEntry, actual: StoredEntry, fieldKeys: string[]): Difference[] {
  const out: Difference[] = [];
  const row = showRow(expected.at);
  const push = (field: string, e: unknown, a: unknown) => {
    if (json(e) !== json(a)) out.push({ row, name: expected.name, field, expected: e ?? null, actual: a ?? null });
  };
  for (const key of ['name', 'idNumber', 'gender', 'birthDate', 'community', 'address', 'cadre', 'note'] as const)
    push(key, expected[key], actual[key]);
  push('grid', blankToNull(expected.grid), blankToNull(actual.grid));
  push('phones', expected.phones, actual.phones);
  push('phoneNotes', expected.phoneNotes ?? {}, actual.phoneNotes ?? (expected.phoneNotes ? undefined : {}));
  for (const key of fieldKeys) push(`fields.${key}`, expected.fields[key], actual.fields[key]);
  const extraKeys = new Set([...Object.keys(expected.extra), ...Object.keys(actual.extra ?? {})]);
  for (const key of extraKeys) push(`extra.${key}`, expected.extra[key], actual.extra?.[key]);
  return out;
}

/**
 * Compares what an import stored and said against the truth. Each data row of the truth comes out as:
 * right (stored exactly, or refused / superseded as it must be), flagged (not right, but the import
 * said something about that row), wrong (stored with a difference and nothing said; or an entry no
 * row should give), lost (neither stored nor mentioned).
 */
export function compare(truth: Truth, stored: StoredEntry[], said: RowReports, fieldKeys: string[]): Comparison {
  const differences: Difference[] = [];
  const reports: string[] = [];
  const tally: Record<Outcome, number> = { right: 0, flagged: 0, wrong: 0, lost: 0 };
  const byId = new Map(stored.map((e) => [e.idNumber, e]));
  const mentioned = (r: RowRef) =>
    said.errors.has(rowKey(r)) || said.duplicates.has(rowKey(r)) || said.warnings.has(rowKey(r));
  const expectedRows = new Set<string>();

  for (const expected of truth.entries) {
    expectedRows.add(rowKey(expected.at));
    const actual = byId.get(expected.idNumber);
    byId.delete(expected.idNumber);
    if (!actual) {
      const why = said.errors.get(rowKey(expected.at));
      reports.push(
        `${showRow(expected.at)} ${expected.name}: not stored${why ? ` (refused${why.length ? `: ${why.join('、')}` : ''})` : mentioned(expected.at) ? ' (mentioned)' : ' and not reported'}`,
      );
      tally[mentioned(expected.at) ? 'flagged' : 'lost']++;
      continue;
    }
    const diffs = diffEntry(expected, actual, fieldKeys);
    differences.push(...diffs);
    if (diffs.length === 0) tally.right++;
    else tally[mentioned(expected.at) ? 'flagged' : 'wrong']++;
  }
  for (const extra of byId.values()) {
    differences.push({ row: '?', name: extra.name, field: 'entry', expected: null, actual: extra.idNumber });
    tally.wrong++;
  }

  for (const e of truth.errors) {
    expectedRows.add(rowKey(e));
    const given = said.errors.get(rowKey(e));
    if (given) {
      tally.right++;
      if (e.column && given.length && !given.includes(e.column))
        reports.push(`${showRow(e)}: refused for ${given.join('、')}, expected for ${e.column}`);
    } else if (said.duplicates.has(rowKey(e)) || said.warnings.has(rowKey(e))) {
      tally.flagged++;
      reports.push(`${showRow(e)}: must be refused (${e.column ?? ''}), the import only warned`);
    } else {
      tally.lost++;
      reports.push(`${showRow(e)}: must be refused (${e.column ?? ''}), the import said nothing`);
    }
  }
  for (const d of truth.duplicates) {
    expectedRows.add(rowKey(d));
    if (said.duplicates.has(rowKey(d)) || (!said.distinguishes && said.errors.has(rowKey(d)))) tally.right++;
    else {
      tally.lost++;
      reports.push(`${showRow(d)}: superseded by a later row, not reported`);
    }
  }

  // Rows refused or superseded that the truth stores, rows warned that the truth does not warn.
  for (const [key, columns] of said.errors) {
    if (truth.errors.some((e) => rowKey(e) === key) || truth.duplicates.some((d) => rowKey(d) === key)) continue;
    // The CLI lists rows stored with a warning among its problems.
    if (!said.distinguishes && truth.warnings.some((w) => rowKey(w) === key)) continue;
    const [sheet, row] = key.split('\u0000');
    reports.push(
      `${sheet}!${row}: reported as a problem (${columns.join('、') || '?'}), the truth has no problem there`,
    );
  }
  for (const key of said.duplicates) {
    if (truth.duplicates.some((d) => rowKey(d) === key)) continue;
    const [sheet, row] = key.split('\u0000');
    reports.push(`${sheet}!${row}: reported as a duplicate, it is not`);
  }
  if (said.distinguishes) {
    // A merged fill is shown as a mark on its cell (or a warning); ditto fills and values kept in 其他信息 warn.
    for (const w of truth.warnings) {
      const shown = said.warnings.has(rowKey(w)) || (w.why === 'merged' && said.marks.has(rowKey(w)));
      if (!shown) reports.push(`${showRow(w)}: stored without the warning it needs (${w.why})`);
    }
    for (const [key, marks] of said.marks) {
      const expected = [...truth.warnings, ...truth.errors, ...truth.duplicates].some((r) => rowKey(r) === key);
      if (expected) continue;
      const [sheet, row] = key.split('\u0000');
      reports.push(`${sheet}!${row}: a cell marked as filled (${marks.join('、')}), the truth fills nothing there`);
    }
    for (const [key, messages] of said.warnings) {
      if (truth.warnings.some((w) => rowKey(w) === key)) continue;
      if (truth.duplicates.some((d) => rowKey(d) === key)) continue; // a move or a duplicate says so
      const [sheet, row] = key.split('\u0000');
      reports.push(`${sheet}!${row}: unexpected warning: ${messages.join(' / ')}`);
    }
  } else {
    // The CLI lists values not kept (其他信息) with the refused rows; merges and ditto fills it need not list.
    for (const w of truth.warnings) {
      if (w.why === 'extra' && !said.errors.has(rowKey(w)))
        reports.push(`${showRow(w)}: a value kept in 其他信息 is not reported`);
    }
  }
  return { differences, reports, tally };
}

/** Differences grouped by field, for a readable failure. */
export function describe(comparison: Comparison): string {
  const lines: string[] = [];
  for (const d of comparison.differences)
    lines.push(`  ${d.row} ${d.name} ${d.field}: expected ${json(d.expected)}, got ${json(d.actual)}`);
  for (const r of comparison.reports) lines.push(`  ${r}`);
  const MAX = 40;
  if (lines.length > MAX) return [...lines.slice(0, MAX), `  … and ${lines.length - MAX} more`].join('\n');
  return lines.join('\n');
}
