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
  'imports.analysis': (ctx, { importId, kind }) => askWorker(ctx, importId, 'analysis', kind ? { kind } : {}),
  'imports.values': (ctx, { importId, ...args }) => askWorker(ctx, importId, 'values', args),
  'imports.preview': (ctx, { importId, ...options }) => askWorker(ctx, importId, 'preview', options),
  'imports.rows': (ctx, { importId, ...args }) => askWorker(ctx, importId, 'rows', args),
  'imports.editCell': (ctx, { importId, ...args }) => askWorker(ctx, importId, 'editCell', args),
  'imports.exclude': (ctx, { importId, ...args }) => askWorker(ctx, importId, 'exclude', args),
  'imports.commit': (ctx, { importId }) => askWorker(ctx, importId, 'commit', {}),
  'imports.cancel': (ctx, { importId }) => askWorker(ctx, importId, 'cancel', {}),
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
