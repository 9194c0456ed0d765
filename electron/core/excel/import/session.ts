/**
 * An import from reading to preview: the sheets as read, the user's choices, and every row's
 * fate. It writes nothing; commit.ts does, from what this holds. The stages are modules of their
 * own: fileAnalysis.ts (headers and mappings), values.ts (值对应), checkRow.ts (each row),
 * plan.ts (duplicates and the ledger), items.ts (what the preview shows).
 */
import type {
  ColumnMapping,
  ImportAnalysis,
  ImportProblem,
  MergeStrategy,
  PreviewRow,
  PreviewSummary,
  RowStatus,
  ValueColumn,
  ValueMap,
} from '../../../../shared/domain/excel/imports';
import { todayText } from '../../../../shared/domain/dates';
import { AppError } from '../../../../shared/errors';
import type { Ctx } from '../../context';
import { getKind, type KindDef } from '../../ledgers/kinds';
import { headerSignature, type AnalyzedSheet, type SheetData } from './analyze';
import { checkRow } from './checkRow';
import { compactText } from './compactRows';
import { rowToDraft, type ValueMaps } from './convert';
import { findOpenEntry, type ExistingEntry } from './existing';
import { analyzeFile } from './fileAnalysis';
import { fillsOf, NO_CHANGES, NO_NOTES, problemsOf, toPreviewRow, type Item } from './items';
import { noCounts, planItems, type Plan } from './plan';
import { checkKey, type Speculation } from './speculate';
import { columnValueMaps, unknownValues } from './values';

export type { Item } from './items';

/** The column an export adds when closed entries are in it (see export/columns.ts). */
const STATUS_HEADER = '状态';
const CLOSED = '已结案';

export interface SheetChoice {
  name: string;
  mapping: ColumnMapping[];
  community?: string | null;
}

export interface PreviewOptions {
  kind: string;
  sheets: SheetChoice[];
  strategy: MergeStrategy;
  /** 值对应: the user's choices for option values that are not options. */
  values?: ValueMap;
}

export class ImportSession {
  sheets: SheetData[] = [];
  analyzed: AnalyzedSheet[] = [];
  items: Item[] = [];
  options: PreviewOptions | null = null;
  kind: KindDef | null = null;
  newPlaces: string[] = [];
  private counts: Plan['counts'] = noCounts(0);
  /** Checks made while the file was read (see speculate.ts); absent when the rows were read otherwise. */
  speculation: Speculation | null = null;
  private lookups = new Map<string, ExistingEntry | null>();
  private openIds: Set<string> | null = null;

  constructor(
    readonly ctx: Ctx,
    readonly fileName: string,
  ) {}

  analysis(importId: string, kind?: string): ImportAnalysis {
    const { analyzed, suggestedKind } = analyzeFile(this.ctx, this.sheets, this.fileName, kind);
    this.analyzed = analyzed;
    return { importId, fileName: this.fileName, sheets: analyzed.map((a) => a.analysis), suggestedKind };
  }

  /** A chosen sheet with what was read and found of it. */
  private chosen(choice: SheetChoice): { sheet: SheetData; analyzed: AnalyzedSheet & { header: object } } {
    const index = this.sheets.findIndex((s) => s.name === choice.name);
    const analyzed = this.analyzed[index];
    if (!analyzed?.header) throw new AppError('BAD_INPUT', `工作表“${choice.name}”没有可导入的表头。`);
    return { sheet: this.sheets[index]!, analyzed: analyzed as AnalyzedSheet & { header: object } };
  }

  /** 值对应: the option columns' values that are none of their options, over the chosen sheets. */
  values(kind: string, sheets: SheetChoice[]): { columns: ValueColumn[] } {
    if (!this.analyzed.length) throw new AppError('BAD_INPUT', '文件还没有读完，请稍候。');
    const { fields } = getKind(this.ctx, kind);
    const sources = sheets.map((choice) => {
      const { sheet, analyzed } = this.chosen(choice);
      return { sheet: choice.name, mapping: choice.mapping, rows: analyzed.dataRows.map((i) => sheet.rows[i]!.cells) };
    });
    return { columns: unknownValues(sources, fields) };
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
      const { sheet, analyzed } = this.chosen(choice);
      const { name, mapping } = choice;
      const headers = new Map(mapping.map((m) => [m.column, m.header]));
      const community = choice.community ?? analyzed.analysis.community;
      const statusColumn = analyzed.header!.columns.find((c) => c.header === STATUS_HEADER)?.index;
      const byColumn = columnValueMaps(mapping, fields, options.values);
      const values: ValueMaps | undefined = byColumn.size ? { defs: fields, byColumn } : undefined;
      const guessed = this.speculation?.take(
        sheet,
        checkKey(this.kind.key, fields, today, community, mapping, byColumn),
      );
      for (const rowIndex of analyzed.dataRows) {
        const row = sheet.rows[rowIndex]!;
        const closed = statusColumn !== undefined && compactText(row.cells[statusColumn]).trim() === CLOSED;
        const checked =
          guessed?.[rowIndex] ?? checkRow(rowToDraft(row.cells, mapping, community, values), fields, headers, today);
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
          ...fillsOf(row, mapping),
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

  private plan(): void {
    const { counts, newPlaces } = planItems(this.items, {
      db: this.ctx.db,
      strategy: this.options!.strategy,
      fields: this.kind!.fields,
      lookup: (id) => this.lookup(id),
    });
    this.counts = counts;
    this.newPlaces = newPlaces;
  }

  /** The rows by status, as the last plan left them. */
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
    if (item.marks?.[column]) {
      const { [column]: _, ...rest } = item.marks;
      item.marks = Object.keys(rest).length ? rest : null;
      item.fillNotes = item.fillNotes.filter((n) => n.column !== column);
    }
    const fields = this.kind!.fields;
    const byColumn = columnValueMaps(item.mapping, fields, this.options!.values);
    item.checked = checkRow(
      rowToDraft(item.cells, item.mapping, item.community, byColumn.size ? { defs: fields, byColumn } : undefined),
      fields,
      item.headers,
      todayText(this.ctx.now()),
    );
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
    return problemsOf(this.items);
  }

  /** This file's column mappings, for the next file with the same header. */
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
