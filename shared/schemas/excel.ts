import { z } from 'zod';
import { MERGE_STRATEGIES } from '../domain/excel/imports';
import { entryListInput, kindKey } from './ledgers';

/** What to export: a ledger's current view (its filters and sort, no paging), masked by default. */
export const exportLedgerInput = entryListInput.omit({ offset: true, limit: true }).extend({
  mask: z.boolean({ error: '请选择是否隐藏身份证号' }).default(true),
});

export const exportTemplateInput = z.strictObject({ kind: kindKey });

const importId = z.string({ error: '缺少导入编号' }).regex(/^[0-9a-f]{16}$/, '导入编号无效，请重新选择文件');

export const importStartInput = z.strictObject({
  fileId: z.string().regex(/^[0-9a-f]{24}$/, '文件编号无效，请重新选择文件'),
});
export const importIdInput = z.strictObject({ importId });

/** The sheets as read, their mapping worked out for `kind` (the suggested kind when left out). */
export const importAnalysisInput = z.strictObject({ importId, kind: kindKey.optional() });

const columnMapping = z.strictObject({
  column: z.number().int().min(0).max(16383),
  header: z.string().max(200),
  group: z.string().max(200).optional(),
  target: z.string().max(60),
  note: z.string().max(200).optional(),
});

const importSheetChoices = z
  .array(
    z.strictObject({
      name: z.string().max(100),
      mapping: z.array(columnMapping).max(500),
      community: z.string().max(60).nullable().optional(),
    }),
  )
  .min(1, '请至少选择一个工作表')
  .max(100);

/** 值对应: target -> value as written -> option (or 'extra'). */
const valueMap = z.record(z.string().max(60), z.record(z.string().max(500), z.string().max(100)));

/** The option columns' values that are not options (值对应), for the sheets and mapping chosen. */
export const importValuesInput = z.strictObject({ importId, kind: kindKey, sheets: importSheetChoices });

export const importPreviewInput = z.strictObject({
  importId,
  kind: kindKey,
  sheets: importSheetChoices,
  strategy: z.enum(MERGE_STRATEGIES).default('overwriteNonBlank'),
  values: valueMap.default({}),
});

export const importRowsInput = z.strictObject({
  importId,
  status: z.enum(['new', 'updated', 'unchanged', 'error', 'duplicate', 'excluded', 'problems']).optional(),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(100),
});

export const importEditCellInput = z.strictObject({
  importId,
  sheet: z.string().max(100),
  row: z.number().int().min(1),
  column: z.number().int().min(0).max(16383),
  value: z.string().max(2000, '内容太长（最多 2000 字）'),
});

export const importExcludeInput = z.strictObject({
  importId,
  sheet: z.string().max(100),
  row: z.number().int().min(1),
  excluded: z.boolean(),
});

export const importUndoInput = z.strictObject({ batchId: z.number().int().positive() });
