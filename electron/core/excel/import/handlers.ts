import type { ImportAnalysis, ImportResult, PreviewRow, PreviewSummary } from '../../../../shared/domain/excel/imports';
import type { HandlerMap, MethodsOf } from '../../context';
import { recordExport } from '../../audit/exportRecord';
import { askWorker, closeImport, importStatus, startImport, warmImport } from './host';
import { listBatches, undoImport } from './undo';

export const importHandlers: HandlerMap<MethodsOf<'imports'>> = {
  'imports.prepare': async (ctx) => {
    await warmImport(ctx);
    return { ready: true };
  },
  'imports.start': (ctx, { fileId }) => {
    const file = ctx.files.resolve(fileId);
    return { importId: startImport(ctx, file.filePath, file.name) };
  },
  'imports.status': (ctx, { importId }) => importStatus(ctx, importId),
  'imports.analysis': (ctx, { importId, kind }) => askWorker<ImportAnalysis>(ctx, importId, 'analysis', { kind }),
  'imports.preview': (ctx, { importId, ...options }) => askWorker<PreviewSummary>(ctx, importId, 'preview', options),
  'imports.rows': (ctx, { importId, ...args }) =>
    askWorker<{ total: number; rows: PreviewRow[] }>(ctx, importId, 'rows', args),
  'imports.editCell': (ctx, { importId, ...args }) =>
    askWorker<{ row: PreviewRow; summary: PreviewSummary }>(ctx, importId, 'editCell', args),
  'imports.exclude': (ctx, { importId, ...args }) => askWorker<PreviewSummary>(ctx, importId, 'exclude', args),
  'imports.commit': (ctx, { importId }) => askWorker<ImportResult>(ctx, importId, 'commit'),
  'imports.cancel': (ctx, { importId }) => askWorker<{ cancelled: boolean }>(ctx, importId, 'cancel'),
  'imports.errorReport': async (ctx, { importId }) => {
    const { fileId, filePath } = ctx.files.allocate('导入错误行.xlsx');
    await askWorker(ctx, importId, 'errorReport', { filePath });
    // The rows as the workbook had them, ID numbers included: for fixing and importing again.
    recordExport(ctx, 'imports.errorReport', { importId, masked: false });
    return ctx.files.describe(fileId);
  },
  'imports.close': async (ctx, { importId }) => ({ closed: await closeImport(ctx, importId) }),
  'imports.batches': (ctx) => listBatches(ctx),
  'imports.undo': (ctx, { batchId }) => undoImport(ctx, batchId),
};
