import {
  EXTRA_TARGET,
  SKIP_TARGET,
  type ColumnMapping,
  type ImportAnalysis,
  type ImportCounts,
  type ImportProblem,
  type MergeStrategy,
  type PreviewRow,
  type PreviewSummary,
  type RowStatus,
} from '../../../../shared/domain/excel/imports';
import { todayText } from '../../../../shared/domain/dates';
import { maskIdNumber } from '../../../../shared/domain/idNumber';
import type { ValidEntry } from '../../../../shared/domain/ledgers/validate';
import { AppError } from '../../../../shared/errors';
import type { Ctx } from '../../context';
import { getKind, type KindDef } from '../../ledgers/kinds';
import type { CompactCell } from './compactRows';
import { analyzeSheet, headerSignature, type AnalyzedSheet, type Remembered, type SheetData } from './analyze';
import { checkRow, type CheckedRow } from './checkRow';
import { compactText, rowToDraft } from './convert';
import { findOpenEntry, type ExistingEntry } from './existing';
import { mergeEntry } from './merge';
import { checkKey, type Speculation } from './speculate';

/** The column an export adds when closed entries are in it (see export/columns.ts). */
const STATUS_HEADER = '状态';
const CLOSED = '已结案';
const CLOSED_NOTE = '状态为“已结案”：默认不导入，以免作为在册记录重新登记；如确需导入，请取消排除';

export interface Note {
  column: number;
  message: string;
}

/** What most rows have: one shared array each rather than two per row; a note or a change replaces it. */
const NO_NOTES: readonly Note[] = Object.freeze([]);
const NO_CHANGES: readonly string[] = Object.freeze([]);

export interface PreviewOptions {
  kind: string;
  sheets: { name: string; mapping: ColumnMapping[]; community?: string | null }[];
  strategy: MergeStrategy;
}

/** One data row of the file on its way into the ledger. */
export interface Item {
  sheet: string;
  row: number;
  cells: CompactCell[];
  headers: Map<number, string>;
  mapping: ColumnMapping[];
  community: string | null;
  checked: CheckedRow;
  status: RowStatus;
  /** Never changed in place: possibly shared with other rows or with checked.warnings. */
  notes: readonly Note[];
  changes: readonly string[];
  excluded: boolean;
  /** The row's 状态 says 已结案 (an export with closed entries): its column, else null. */
  closedColumn: number | null;
  existing: ExistingEntry | null;
  /** What will be written: the row itself (new) or merged over the existing entry (updated). */
  target: ValidEntry | null;
}

/**
 * An import from reading to preview: the sheets as read, the user's choices, and every row's
 * fate. It writes nothing; commit.ts does, from what this holds.
 */
export class ImportSession {
  sheets: SheetData[] = [];
  analyzed: AnalyzedSheet[] = [];
  items: Item[] = [];
  options: PreviewOptions | null = null;
  kind: KindDef | null = null;
  newPlaces: string[] = [];
  private counts: ImportCounts = noCounts(0);
  /** Checks made while the file was read (see speculate.ts); absent when the rows were read otherwise. */
  speculation: Speculation | null = null;
  private lookups = new Map<string, ExistingEntry | null>();
  private openIds: Set<string> | null = null;

  constructor(
    readonly ctx: Ctx,
    readonly fileName: string,
  ) {}

  analysis(importId: string, kind?: string): ImportAnalysis {
    const kinds = (
      this.ctx.db.prepare('SELECT key FROM ledger_kinds ORDER BY sort_order').pluck().all() as string[]
    ).map((k) => getKind(this.ctx, k));
    if (kind && !kinds.some((k) => k.key === kind)) throw new AppError('NOT_FOUND', `没有“${kind}”这个台账类型。`);
    const communities = this.ctx.db.prepare('SELECT name FROM communities').pluck().all() as string[];
    const remembered = (signature: string) => {
      const row = this.ctx.db
        .prepare('SELECT kind, mapping FROM import_mappings WHERE signature = ?')
        .get(signature) as { kind: string; mapping: string } | undefined;
      return row ? ({ kind: row.kind, targets: JSON.parse(row.mapping) } as Remembered) : undefined;
    };
    const first = this.sheets.map((s) =>
      analyzeSheet(s, kinds, kind ?? null, { fileName: this.fileName, communities, remembered }),
    );
    const votes = first.filter((a) => a.analysis.fits || a.analysis.suggestedKind).map((a) => a.analysis.suggestedKind);
    const suggested = kind ?? mostCommon(votes);
    // Every sheet is mapped for one kind: the chosen one, else the one most sheets point to.
    // A sheet that suggested that kind itself was mapped for it already.
    this.analyzed =
      suggested && !kind
        ? this.sheets.map((s, i) =>
            first[i]!.analysis.suggestedKind === suggested
              ? first[i]!
              : analyzeSheet(s, kinds, suggested, { fileName: this.fileName, communities, remembered }),
          )
        : first;
    return {
      importId,
      fileName: this.fileName,
      sheets: this.analyzed.map((a) => a.analysis),
      suggestedKind: suggested,
    };
  }

  preview(options: PreviewOptions, onProgress?: (done: number, total: number) => void): PreviewSummary {
    if (!this.analyzed.length) throw new AppError('BAD_INPUT', '文件还没有读完，请稍候。');
    this.kind = getKind(this.ctx, options.kind);
    this.options = options;
    this.lookups.clear();
    this.openIds = null;
    const today = todayText(this.ctx.now());
    const items: Item[] = [];
    const total = options.sheets.reduce(
      (n, s) => n + (this.analyzed.find((a) => a.analysis.name === s.name)?.dataRows.length ?? 0),
      0,
    );
    const fields = this.kind.fields;
    for (const choice of options.sheets) {
      const index = this.sheets.findIndex((s) => s.name === choice.name);
      const analyzed = this.analyzed[index];
      if (!analyzed?.header) throw new AppError('BAD_INPUT', `工作表“${choice.name}”没有可导入的表头。`);
      const { rows } = this.sheets[index]!;
      const { name, mapping } = choice;
      const headers = new Map(mapping.map((m) => [m.column, m.header]));
      const community = choice.community ?? analyzed.analysis.community;
      const statusColumn = analyzed.header.columns.find((c) => c.header === STATUS_HEADER)?.index;
      const guessed = this.speculation?.take(
        this.sheets[index]!,
        checkKey(this.kind.key, fields, today, community, mapping),
      );
      for (const rowIndex of analyzed.dataRows) {
        const row = rows[rowIndex]!;
        const closed = statusColumn !== undefined && compactText(row.cells[statusColumn]).trim() === CLOSED;
        const checked =
          guessed?.[rowIndex] ?? checkRow(rowToDraft(row.cells, mapping, community), fields, headers, today);
        items.push({
          sheet: name,
          row: row.rowNumber,
          cells: row.cells,
          headers,
          mapping,
          community,
          checked,
          status: 'error',
          notes: NO_NOTES,
          changes: NO_CHANGES,
          // A closed entry is not made an open one again: left out unless the user takes it in.
          excluded: closed,
          closedColumn: closed ? statusColumn! : null,
          existing: null,
          target: null,
        });
        if (onProgress && items.length % 2000 === 0) onProgress(items.length, total);
      }
    }
    // Guesses for sheets not chosen, or made for another mapping, are of no more use.
    this.speculation?.clear();
    this.items = items;
    this.plan();
    return this.summary();
  }

  private check(item: Item, today: string): void {
    item.checked = checkRow(
      rowToDraft(item.cells, item.mapping, item.community),
      this.kind!.fields,
      item.headers,
      today,
    );
  }

  private lookup(idNumber: string): ExistingEntry | null {
    // One query for every open ID number of the ledger, so rows of new people cost no lookup.
    this.openIds ??= new Set(
      this.ctx.db
        .prepare("SELECT id_number FROM entries WHERE kind = ? AND status = '在册'")
        .pluck()
        .all(this.kind!.key) as string[],
    );
    // An empty ledger (a first import) spares reading every ID number again.
    if (this.openIds.size === 0 || !this.openIds.has(idNumber)) return null;
    if (!this.lookups.has(idNumber)) this.lookups.set(idNumber, findOpenEntry(this.ctx, this.kind!.key, idNumber));
    return this.lookups.get(idNumber)!;
  }

  /** Duplicates in the file (the later row wins), then each row against the ledger. */
  private plan(): void {
    const counts = noCounts(this.items.length);
    // The rows that may go in, and their ID numbers.
    const candidates: Item[] = [];
    const ids: string[] = [];
    for (const item of this.items) {
      const { entry, warnings } = item.checked;
      item.notes = warnings.length === 0 ? NO_NOTES : warnings;
      item.changes = NO_CHANGES;
      item.existing = null;
      item.target = null;
      if (item.excluded) {
        item.status = 'excluded';
        counts.excluded++;
        if (item.closedColumn !== null) addNote(item, item.closedColumn, CLOSED_NOTE);
      } else if (!entry) {
        item.status = 'error';
        counts.error++;
      } else {
        candidates.push(item);
        ids.push(entry.idNumber);
      }
    }
    const lastOf = lastWithSameId(ids);
    const communities = new Set(this.ctx.db.prepare('SELECT name FROM communities').pluck().all() as string[]);
    const grids = new Set(
      this.ctx.db
        .prepare("SELECT c.name || '/' || g.name FROM grids g JOIN communities c ON c.id = g.community_id")
        .pluck()
        .all() as string[],
    );
    const places = new Set<string>();
    let mapping: ColumnMapping[] | null = null;
    let known: MappingFacts | null = null;
    for (let i = 0; i < candidates.length; i++) {
      const item = candidates[i]!;
      const entry = item.checked.entry!;
      const winner = lastOf ? candidates[lastOf(i)]! : item;
      if (item.mapping !== mapping) known = mappingFacts((mapping = item.mapping));
      const { idColumn } = known!;
      if (winner !== item) {
        const moved =
          winner.checked.entry!.community !== entry.community ? `（迁至${winner.checked.entry!.community}）` : '';
        item.status = 'duplicate';
        counts.duplicate++;
        addNote(
          item,
          idColumn,
          `身份证号与“${winner.sheet}”第 ${winner.row} 行相同${moved}，以后面的一行为准，本行不导入`,
        );
        continue;
      }
      item.existing = this.lookup(entry.idNumber);
      if (!item.existing) {
        item.status = 'new';
        item.target = entry;
      } else {
        const { merged, changes } = mergeEntry(
          item.existing.entry,
          entry,
          item.community ? known!.mappedWithCommunity : known!.mapped,
          this.options!.strategy,
          this.kind!.fields,
        );
        item.target = merged;
        item.changes = changes;
        item.status = changes.length ? 'updated' : 'unchanged';
        if (merged.community !== item.existing.entry.community) {
          addNote(item, idColumn, `已在台账中（${item.existing.entry.community}），将改为${merged.community}`);
        }
      }
      counts[item.status]++;
      const target = item.target;
      if (!communities.has(target.community)) places.add(target.community);
      if (target.grid && !grids.has(`${target.community}/${target.grid}`))
        places.add(`${target.community}/${target.grid}`);
    }
    this.counts = counts;
    this.newPlaces = [...places];
  }

  /** The rows by status, as the last plan() left them. */
  summary(): PreviewSummary {
    return { counts: { ...this.counts }, newPlaces: this.newPlaces };
  }

  rows(
    status: RowStatus | 'problems' | undefined,
    offset: number,
    limit: number,
  ): { total: number; rows: PreviewRow[] } {
    const chosen = this.items.filter((i) =>
      status === undefined
        ? true
        : status === 'problems'
          ? i.status === 'error' || i.status === 'duplicate' || i.notes.length > 0
          : i.status === status,
    );
    return { total: chosen.length, rows: chosen.slice(offset, offset + limit).map(toPreviewRow) };
  }

  private find(sheet: string, row: number): Item {
    const item = this.items.find((i) => i.sheet === sheet && i.row === row);
    if (!item) throw new AppError('NOT_FOUND', `预览中没有“${sheet}”第 ${row} 行。`);
    return item;
  }

  /** The user fixes a cell in place: the row is checked again, and the plan with it. */
  editCell(sheet: string, row: number, column: number, value: string): { row: PreviewRow; summary: PreviewSummary } {
    const item = this.find(sheet, row);
    item.cells = [...item.cells];
    item.cells[column] = value === '' ? undefined : value;
    this.check(item, todayText(this.ctx.now()));
    this.plan();
    return { row: toPreviewRow(item), summary: this.summary() };
  }

  exclude(sheet: string, row: number, excluded: boolean): PreviewSummary {
    this.find(sheet, row).excluded = excluded;
    this.plan();
    return this.summary();
  }

  /** Every row that does not go in as it stands, for the CLI's report and the result. */
  problems(): ImportProblem[] {
    return this.items.flatMap((item) => {
      const header = (column: number) => item.headers.get(column) ?? '';
      return [
        ...Object.entries(item.checked.errors).map(([column, message]) => ({
          sheet: item.sheet,
          row: item.row,
          column: header(Number(column)),
          message,
        })),
        ...(item.status === 'error'
          ? []
          : item.notes.map((n) => ({
              sheet: item.sheet,
              row: item.row,
              column: header(n.column),
              message: n.message,
            }))),
      ];
    });
  }

  /** Remembers this file's column mapping for the next file with the same header. */
  rememberedMappings(): { signature: string; targets: Record<string, string> }[] {
    return (this.options?.sheets ?? []).flatMap((choice) => {
      const analyzed = this.analyzed.find((a) => a.analysis.name === choice.name);
      if (!analyzed?.header) return [];
      const byColumn = new Map(analyzed.header.columns.map((c) => [c.index, c.header]));
      const targets = Object.fromEntries(choice.mapping.map((m) => [byColumn.get(m.column) ?? m.header, m.target]));
      return [{ signature: headerSignature(analyzed.header), targets }];
    });
  }
}

/** What plan() needs of a mapping, worked out once for all the rows that share it. */
interface MappingFacts {
  idColumn: number;
  /** The targets the file gives values for… */
  mapped: Set<string>;
  /** …and with the community, for a sheet that names one. */
  mappedWithCommunity: Set<string>;
}

function mappingFacts(mapping: ColumnMapping[]): MappingFacts {
  const mapped = new Set(mapping.map((m) => m.target).filter((t) => t !== SKIP_TARGET && t !== EXTRA_TARGET));
  return {
    idColumn: mapping.find((m) => m.target === 'idNumber')?.column ?? 0,
    mapped,
    mappedWithCommunity: new Set([...mapped, 'community']),
  };
}

/**
 * For each of the ID numbers, the index of the last one equal to it; null when no two are equal.
 * Each is hashed into a table of counts first, and only those that share a bucket are compared
 * as strings: a Map of every one of 100,000 ID numbers costs several times as much.
 */
export function lastWithSameId(ids: readonly string[]): ((index: number) => number) | null {
  let size = 1 << 12;
  while (size < ids.length * 16) size *= 2;
  // 0: no ID number in the bucket, 1: one, 2: more.
  const counts = new Uint8Array(size);
  const buckets = new Int32Array(ids.length);
  let shared = false;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    let h = 0x811c9dc5;
    for (let k = 0; k < id.length; k++) h = Math.imul(h ^ id.charCodeAt(k), 0x01000193);
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    const bucket = (h ^ (h >>> 16)) & (size - 1);
    buckets[i] = bucket;
    if (counts[bucket] === 0) counts[bucket] = 1;
    else {
      counts[bucket] = 2;
      shared = true;
    }
  }
  if (!shared) return null;
  const last = new Map<string, number>();
  let repeated = false;
  for (let i = 0; i < ids.length; i++) {
    if (counts[buckets[i]!] !== 2) continue;
    const known = last.size;
    if (last.set(ids[i]!, i).size === known) repeated = true;
  }
  if (!repeated) return null;
  return (index) => (counts[buckets[index]!] === 2 ? last.get(ids[index]!)! : index);
}

function noCounts(total: number): ImportCounts {
  return { total, new: 0, updated: 0, unchanged: 0, error: 0, duplicate: 0, excluded: 0 };
}

function addNote(item: Item, column: number, message: string): void {
  item.notes = [...item.notes, { column, message }];
}

function mostCommon(values: (string | null)[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

export function toPreviewRow(item: Item): PreviewRow {
  const idColumn = item.mapping.find((m) => m.target === 'idNumber')?.column;
  const nameColumn = item.mapping.find((m) => m.target === 'name')?.column;
  const text = (column: number | undefined) => (column === undefined ? '' : compactText(item.cells[column]));
  const rawId = text(idColumn);
  return {
    sheet: item.sheet,
    row: item.row,
    status: item.status,
    name: item.checked.entry?.name ?? text(nameColumn).trim(),
    idNumber: maskIdNumber(item.checked.entry?.idNumber ?? rawId.trim()),
    cells: Object.fromEntries(item.mapping.map((m) => [m.column, text(m.column)])),
    errors: { ...item.checked.errors },
    warnings: item.notes.map((n) => n.message),
    changes: [...item.changes],
  };
}
