/** The import of a workbook into a ledger, as the wizard and the CLI see it. */

/** Where a column's values go: a common field, a kind field ('fields.dueDate'), extra, or nowhere. */
export type ImportTarget = string;
export const EXTRA_TARGET = 'extra';
export const SKIP_TARGET = 'skip';

export interface ColumnMapping {
  column: number;
  header: string;
  /** The merged group cell above, in a two-row header (基本信息, 透析情况 …). */
  group?: string;
  target: ImportTarget;
  /** Why a column is skipped or how sure the match is, for the user to check. */
  note?: string;
}

export interface SheetAnalysis {
  name: string;
  hidden: boolean;
  /** Rows that hold data (not blank, totals or signature lines). */
  dataRows: number;
  headerRow: number | null;
  groupRow: number | null;
  title: string | null;
  unit: string | null;
  reportDate: string | null;
  /** The ledger kind the headers point to, or null. */
  suggestedKind: string | null;
  fits: boolean;
  /** Why a sheet is not offered, in Chinese. */
  skipReason: string | null;
  mapping: ColumnMapping[];
  /** The community this sheet's rows belong to when no column says: from the title, unit or sheet name. */
  community: string | null;
  /** True when this mapping was remembered from an earlier file with the same header. */
  remembered: boolean;
}

export interface ImportAnalysis {
  importId: string;
  fileName: string;
  sheets: SheetAnalysis[];
  suggestedKind: string | null;
}

export const MERGE_STRATEGIES = ['fillBlanks', 'overwriteNonBlank', 'overwriteAll'] as const;
export type MergeStrategy = (typeof MERGE_STRATEGIES)[number];
export const mergeStrategyLabels: Record<MergeStrategy, string> = {
  fillBlanks: '只填补空白项',
  overwriteNonBlank: '用表中非空的值覆盖',
  overwriteAll: '完全以表中为准（空白也覆盖）',
};

export type RowStatus = 'new' | 'updated' | 'unchanged' | 'error' | 'duplicate' | 'excluded';

/**
 * 值对应: a value found in an option column (单选, 多选, 是/否) that is none of the field's
 * options, with how often it occurs and what it is taken to mean.
 */
export interface ValueChoice {
  /** As written in the file (trimmed); for a 多选 column, one piece of a cell. */
  value: string;
  count: number;
  /** The option it is suggested or remembered to mean; EXTRA_TARGET: kept in 其他信息; null: not decided. */
  choice: string | null;
  /** True when the choice was remembered from an earlier import. */
  remembered: boolean;
}

/** One option field of the import with the values of the file that are not its options. */
export interface ValueColumn {
  /** The mapping target, 'fields.dialysisType'. */
  target: string;
  label: string;
  type: 'choice' | 'multi' | 'bool';
  options: string[];
  /** The file's headers mapped to it, as 'sheet：header'. */
  sources: string[];
  values: ValueChoice[];
}

/** The user's 值对应 choices: target -> value as written -> an option, or EXTRA_TARGET. */
export type ValueMap = Record<string, Record<string, string>>;

export interface PreviewRow {
  sheet: string;
  /** The row number Excel shows. */
  row: number;
  status: RowStatus;
  name: string;
  /** Masked. */
  idNumber: string;
  /** The original cells, by column index, as text. */
  cells: Record<number, string>;
  /** Column index -> message: a value that stops the row. */
  errors: Record<number, string>;
  /** Messages that do not stop the row (a value not kept, a duplicate, a move). */
  warnings: string[];
  /** Column index -> where a value came from when not from its own cell: 来自合并单元格, 同上 … */
  marks?: Record<number, string>;
  /** For updated rows: the labels of what changes. */
  changes: string[];
}

export interface ImportCounts {
  total: number;
  new: number;
  updated: number;
  unchanged: number;
  error: number;
  duplicate: number;
  excluded: number;
}

export interface PreviewSummary {
  counts: ImportCounts;
  /** Communities (and grids, as 社区/网格) the import will create. */
  newPlaces: string[];
}

export interface ImportStatus {
  phase: 'reading' | 'ready' | 'checking' | 'checked' | 'writing' | 'done' | 'cancelled' | 'failed';
  rowsDone: number;
  rowsTotal: number | null;
  message: string | null;
}

export interface ImportProblem {
  sheet: string;
  row: number;
  column: string;
  message: string;
}

/** What a commit did; also the CLI's --json output. */
export interface ImportResult {
  batchId: number | null;
  inserted: number;
  updated: number;
  unchanged: number;
  skipped: number;
  errors: ImportProblem[];
}

export interface ImportBatch {
  id: number;
  fileName: string;
  kind: string;
  kindName: string;
  at: string;
  operator: string;
  inserted: number;
  updated: number;
  /** What 撤销 would do now: entries removed by hand since are no longer the import's to undo. */
  undoRemoves: number;
  undoRestores: number;
  undoneAt: string | null;
}
