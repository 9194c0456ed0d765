import {
  EXTRA_TARGET,
  SKIP_TARGET,
  type ColumnMapping,
  type SheetAnalysis,
} from '../../../../shared/domain/excel/imports';
import type { FieldDef } from '../../../../shared/domain/ledgers/fields';
import { COLUMN_COMMON_TARGETS } from '../../../../shared/domain/ledgers/words';
import type { KindDef } from '../../ledgers/kinds';
import { detectHeader, type DetectedHeader } from '../read';
import { expandRow, type CompactRow } from './compactRows';
import { guessCommunity } from './community';
import { isDataRow, rowJudge } from './dataRow';
import { resolveDitto } from './ditto';
import { allCommonAliases, isKnownHeader, matchHeader, type CommonAliases } from './synonyms';

export interface SheetData {
  name: string;
  hidden: boolean;
  rows: CompactRow[];
}

export interface AnalyzedSheet {
  analysis: SheetAnalysis;
  header: DetectedHeader | null;
  /** Indexes into rows of the rows that hold data. */
  dataRows: number[];
}

export interface Remembered {
  kind: string;
  /** Target by cleaned header. */
  targets: Record<string, string>;
}

/** The header row's cleaned texts joined: the same header in a later file finds its mapping again. */
export function headerSignature(header: DetectedHeader): string {
  return header.columns.map((c) => c.header).join('|');
}

export function mapColumns(
  header: DetectedHeader,
  defs: FieldDef[],
  remembered?: Remembered,
  commonAliases?: CommonAliases,
): ColumnMapping[] {
  const valid = new Set<string>([
    ...COLUMN_COMMON_TARGETS,
    EXTRA_TARGET,
    SKIP_TARGET,
    ...defs.map((d) => `fields.${d.key}`),
  ]);
  return header.columns.map((column) => {
    const group = column.group ? { group: column.group } : {};
    const kept =
      remembered && Object.hasOwn(remembered.targets, column.header) ? remembered.targets[column.header] : undefined;
    if (kept && valid.has(kept))
      return {
        column: column.index,
        header: column.raw || column.header,
        ...group,
        target: kept,
        note: '沿用上次的对应关系',
      };
    const match = matchHeader(column.header, defs, commonAliases);
    return {
      column: column.index,
      header: column.raw || column.header,
      ...group,
      target: match.target,
      ...(match.note ? { note: match.note } : {}),
    };
  });
}

/** The kind whose own fields the headers name most; null when none or a tie. */
export function suggestKind(header: DetectedHeader, kinds: KindDef[]): string | null {
  const scored = kinds
    .map((kind) => ({
      key: kind.key,
      score: header.columns.filter((c) => {
        const match = matchHeader(c.header, kind.fields, kind.commonAliases);
        return match.target.startsWith('fields.') && match.strength === 2;
      }).length,
    }))
    .filter((k) => k.score > 0)
    .sort((a, b) => b.score - a.score);
  if (!scored.length || (scored[1] && scored[1].score === scored[0]!.score)) return null;
  return scored[0]!.key;
}

/** Where a sheet's header is and which rows hold data: the same whatever the kind, so found once. */
export interface SheetLayout {
  header: DetectedHeader | null;
  /** Indexes into rows of the rows that hold data. */
  dataRows: number[];
}

const layouts = new WeakMap<SheetData, SheetLayout>();

/** Layouts found while the sheet was read (see speculate.ts), with the column names they were found with. */
const foundWhileRead = new WeakMap<SheetData, { layout: SheetLayout; names: string }>();

/** What detectHeader's isKnownHeader depends on (see synonyms.ts): the fields' words and the staff's aliases. */
function knownNames(kinds: KindDef[]): string {
  return JSON.stringify([
    kinds.flatMap((k) => k.fields).map((d) => [d.key, d.label, d.aliases ?? []]),
    allCommonAliases(kinds),
  ]);
}

/**
 * The layout of a sheet read to its end, found as layout() finds it: the header detected on its
 * first 15 rows with the fields of these kinds, and every later row classified as data or not.
 * layout() takes it, unless the kinds' fields have changed since.
 */
export function rememberLayout(sheet: SheetData, found: SheetLayout, kinds: KindDef[]): void {
  foundWhileRead.set(sheet, { layout: found, names: knownNames(kinds) });
}

function layout(sheet: SheetData, kinds: KindDef[]): SheetLayout {
  const known = layouts.get(sheet);
  if (known) return known;
  const allDefs = kinds.flatMap((k) => k.fields);
  const handed = foundWhileRead.get(sheet);
  if (handed) {
    foundWhileRead.delete(sheet);
    if (handed.names === knownNames(kinds)) {
      layouts.set(sheet, handed.layout);
      return handed.layout;
    }
  }
  const aliases = allCommonAliases(kinds);
  const header = detectHeader(sheet.rows.slice(0, 15).map(expandRow), (cleaned) =>
    isKnownHeader(cleaned, allDefs, aliases),
  );
  const dataRows: number[] = [];
  if (header) {
    let previous: CompactRow | undefined;
    const judge = rowJudge(header);
    sheet.rows.forEach((row, i) => {
      if (!isDataRow(row, judge)) return;
      resolveDitto(row, previous);
      previous = row;
      dataRows.push(i);
    });
  }
  const found = { header, dataRows };
  layouts.set(sheet, found);
  return found;
}

export function analyzeSheet(
  sheet: SheetData,
  kinds: KindDef[],
  chosenKind: string | null,
  context: { fileName: string; communities: string[]; remembered: (signature: string) => Remembered | undefined },
): AnalyzedSheet {
  const { header, dataRows } = layout(sheet, kinds);
  const base = {
    name: sheet.name,
    hidden: sheet.hidden,
    groupRow: null,
    title: null,
    unit: null,
    reportDate: null,
    remembered: false,
  };
  if (!header) {
    return {
      header: null,
      dataRows: [],
      analysis: {
        ...base,
        dataRows: 0,
        headerRow: null,
        suggestedKind: null,
        fits: false,
        skipReason: '前 15 行中没有找到表头（应有“姓名”“身份证号”等列名）',
        mapping: [],
        community: null,
      },
    };
  }
  const remembered = context.remembered(headerSignature(header));
  const suggestedKind = remembered?.kind ?? suggestKind(header, kinds);
  const kind = kinds.find((k) => k.key === (chosenKind ?? suggestedKind));
  const mapping = mapColumns(
    header,
    kind?.fields ?? [],
    remembered && remembered.kind === kind?.key ? remembered : undefined,
    kind?.commonAliases,
  );
  const has = (target: string) => mapping.some((m) => m.target === target);
  const skipReason = !has('name')
    ? '没有“姓名”列'
    : !has('idNumber')
      ? '没有“身份证号”列'
      : dataRows.length === 0
        ? '表头下面没有数据'
        : null;
  return {
    header,
    dataRows,
    analysis: {
      ...base,
      groupRow: header.groupRowNumber ?? null,
      title: header.title ?? null,
      unit: header.unit ?? null,
      reportDate: header.reportDate ?? null,
      dataRows: dataRows.length,
      headerRow: header.headerRowNumber,
      suggestedKind,
      fits: skipReason === null,
      skipReason,
      mapping,
      community: guessCommunity([sheet.name, header.unit, header.title, context.fileName], context.communities),
      remembered: Boolean(remembered && remembered.kind === kind?.key),
    },
  };
}
