import { z } from 'zod';
import type { Community, Grid } from './domain/communities';
import type { AuditRow, Entry, EntryPage, LedgerKind, ServiceRecord, Workbench } from './domain/ledgers/types';
import type { Settings } from './domain/settings';
import type { StagedFile } from './platform';
import { dateText } from './schemas/common';
import type {
  ImportAnalysis,
  ImportBatch,
  ImportResult,
  ImportStatus,
  PreviewRow,
  PreviewSummary,
  ValueColumn,
} from './domain/excel/imports';
import {
  exportLedgerInput,
  exportTemplateInput,
  importAnalysisInput,
  importEditCellInput,
  importExcludeInput,
  importIdInput,
  importPreviewInput,
  importValuesInput,
  importRowsInput,
  importStartInput,
  importUndoInput,
} from './schemas/excel';
import {
  auditListInput,
  entryAddInput,
  entryCloseInput,
  entryListInput,
  entryUpdateInput,
  kindInput,
  kindKey,
  serviceAddInput,
  serviceUpdateInput,
} from './schemas/ledgers';
import { idSchema, requiredText } from './validation';
import type { KindWords } from './domain/ledgers/words';
import { kindSetWordsInput, kindWordsInput } from './schemas/kindWords';

import { method, none } from './contracts/method';
import { cadreContract } from './contracts/cadres';
import { signinContract } from './contracts/signins';
import { backupContract } from './contracts/backup';
import { rosterContract } from './contracts/rosters';
import { operatorContract } from './contracts/operators';
import { tallyContract } from './contracts/tallies';
import { reportContract } from './contracts/reports';

export interface PurgePreview {
  count: number;
  /** Entries closed on or before this date qualify. */
  closedOnOrBefore: string;
  purgeAfterDays: number;
}

export interface AppInfo {
  version: string;
  mode: 'electron' | 'browser' | 'cli';
  dataDir: string;
  dbFile: string;
  operator: string;
}

export const contract = {
  'app.info': method(none).returns<AppInfo>(),

  'settings.get': method(none).returns<Settings>(),
  'settings.update': method(
    z.strictObject({
      streetName: z
        .string({ error: '街道名称必须是文字' })
        .transform((s) => s.normalize('NFKC').trim())
        .pipe(z.string().max(40, '街道名称不能超过 40 个字'))
        .optional(),
      followUpDays: z.number().int().min(1, '随访间隔至少 1 天').max(365, '随访间隔最多 365 天').optional(),
      idleLockMinutes: z.number().int().min(1, '自动锁定至少 1 分钟').max(240, '自动锁定最多 240 分钟').optional(),
      purgeAfterDays: z.number().int().min(30, '结案后至少保留 30 天').max(3650, '结案后最多保留 3650 天').optional(),
    }),
  ).returns<Settings>(),

  'communities.list': method(none).returns<Community[]>(),
  'communities.add': method(z.strictObject({ name: requiredText('社区名称', 30) })).returns<Community>(),
  'communities.rename': method(
    z.strictObject({ id: idSchema('社区编号'), name: requiredText('社区名称', 30) }),
  ).returns<Community>(),
  'communities.remove': method(z.strictObject({ id: idSchema('社区编号') })).returns<{ id: number }>(),

  'grids.add': method(
    z.strictObject({ communityId: idSchema('社区编号'), name: requiredText('网格名称', 30) }),
  ).returns<Grid>(),
  'grids.rename': method(
    z.strictObject({ id: idSchema('网格编号'), name: requiredText('网格名称', 30) }),
  ).returns<Grid>(),
  'grids.remove': method(z.strictObject({ id: idSchema('网格编号') })).returns<{ id: number }>(),

  'kinds.list': method(none).returns<LedgerKind[]>(),
  'kinds.add': method(z.strictObject(kindInput)).returns<LedgerKind>(),
  'kinds.update': method(
    z.strictObject({ key: kindKey, ...kindInput, confirmRemoval: z.boolean().optional() }),
  ).returns<LedgerKind>(),
  'kinds.remove': method(z.strictObject({ key: kindKey })).returns<{ key: string }>(),
  /** The words staff added to a kind: header aliases, option words, values kept in 其他信息. */
  'kinds.words': method(kindWordsInput).returns<KindWords>(),
  /** Replaces the words of the targets given (built-in kinds too); the others keep theirs. */
  'kinds.setWords': method(kindSetWordsInput).returns<KindWords>(),

  'entries.list': method(entryListInput).returns<EntryPage>(),
  'entries.get': method(z.strictObject({ id: idSchema('记录编号') })).returns<Entry>(),
  'entries.add': method(entryAddInput).returns<Entry>(),
  'entries.update': method(entryUpdateInput).returns<Entry>(),
  'entries.close': method(entryCloseInput).returns<Entry>(),
  'entries.reopen': method(z.strictObject({ id: idSchema('记录编号') })).returns<Entry>(),
  'entries.remove': method(z.strictObject({ id: idSchema('记录编号') })).returns<{ id: number }>(),
  /** The full ID number of one entry; every call is written to the audit log. */
  'entries.revealId': method(z.strictObject({ id: idSchema('记录编号') })).returns<{ idNumber: string }>(),
  /** How many entries were closed longer ago than settings.purgeAfterDays. */
  'entries.purgePreview': method(none).returns<PurgePreview>(),
  /** Removes those entries for good, with their service records and every trace of them in history. */
  'entries.purge': method(z.strictObject({ confirm: z.literal(true, { error: '永久删除需要确认' }) })).returns<{
    purged: number;
  }>(),

  'services.list': method(z.strictObject({ entryId: idSchema('记录编号') })).returns<ServiceRecord[]>(),
  'services.add': method(serviceAddInput).returns<ServiceRecord>(),
  'services.update': method(serviceUpdateInput).returns<ServiceRecord>(),
  'services.remove': method(z.strictObject({ id: idSchema('服务记录编号') })).returns<{ id: number }>(),

  'workbench.today': method(z.strictObject({ date: dateText.optional() })).returns<Workbench>(),

  'audit.list': method(auditListInput).returns<{ total: number; rows: AuditRow[] }>(),

  /** A workbook in the official style, written to the staging folder: hand it to platform.saveFile. */
  'exports.ledger': method(exportLedgerInput).returns<StagedFile>(),
  'exports.template': method(exportTemplateInput).returns<StagedFile>(),

  /** Starts an import's threads ahead of imports.start (the wizard opened); answers when they are ready. */
  'imports.prepare': method(none).returns<{ ready: true }>(),
  /** Starts reading a staged workbook in a worker; follow it with imports.status. */
  'imports.start': method(importStartInput).returns<{ importId: string }>(),
  'imports.status': method(importIdInput).returns<ImportStatus>(),
  /** Waits for the reading to finish: the sheets, their headers, the suggested kind and mapping. */
  'imports.analysis': method(importAnalysisInput).returns<ImportAnalysis>(),
  /** 值对应: per option column, the values that are none of its options, with counts and suggestions. */
  'imports.values': method(importValuesInput).returns<{ columns: ValueColumn[] }>(),
  /** Checks every row against the rules and the ledger; nothing is written. */
  'imports.preview': method(importPreviewInput).returns<PreviewSummary>(),
  'imports.rows': method(importRowsInput).returns<{ total: number; rows: PreviewRow[] }>(),
  'imports.editCell': method(importEditCellInput).returns<{ row: PreviewRow; summary: PreviewSummary }>(),
  'imports.exclude': method(importExcludeInput).returns<PreviewSummary>(),
  /** Writes the checked rows in one transaction: all or nothing. */
  'imports.commit': method(importIdInput).returns<ImportResult>(),
  'imports.cancel': method(importIdInput).returns<{ cancelled: boolean }>(),
  /** The rows in error with their original cells and a 错误说明 column, as .xlsx. */
  'imports.errorReport': method(importIdInput).returns<StagedFile>(),
  'imports.close': method(importIdInput).returns<{ closed: boolean }>(),
  'imports.batches': method(none).returns<ImportBatch[]>(),
  /** Takes a whole import back: its new entries removed, its updated entries restored. */
  'imports.undo': method(importUndoInput).returns<{ removed: number; restored: number }>(),

  ...cadreContract,
  ...signinContract,
  ...backupContract,
  ...rosterContract,
  ...operatorContract,
  ...tallyContract,
  ...reportContract,
};

export type Contract = typeof contract;
export type Method = keyof Contract;
/** What a caller passes (before parsing). */
export type Input<M extends Method> = z.input<Contract[M]['input']>;
/** What a handler receives (after parsing and normalising). */
export type ParsedInput<M extends Method> = z.output<Contract[M]['input']>;
export type Output<M extends Method> = Contract[M]['output'];

export function isMethod(name: unknown): name is Method {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}
