import fs from 'node:fs';
import path from 'node:path';
import type { ImportAnalysis, ImportResult } from '../../../shared/domain/excel/imports';
import { AppError, type Result } from '../../../shared/errors';
import type { AppCore } from '../../core/app';
import { UsageError, type CliCommand } from '../command';

async function must<T>(core: AppCore, method: string, input: unknown): Promise<T> {
  const result = (await core.invoke(method, input)) as Result<T>;
  if (!result.ok) throw new AppError(result.code, result.message);
  return result.value;
}

export const importCommand: CliCommand = {
  usage: ['import FILE --ledger KIND [--sheet NAME] [--db PATH] [--json]   导入 .xlsx 或 .csv'],
  check([file], options) {
    if (!file) throw new UsageError('请写出要导入的文件，例如：import 孕产妇台账.xlsx --ledger pregnant');
    if (!options.ledger) throw new UsageError('请用 --ledger 指定台账类型，例如 --ledger pregnant');
    try {
      fs.accessSync(file, fs.constants.R_OK);
    } catch {
      throw new UsageError(`无法读取文件 ${file}：文件不存在或没有读取权限。`);
    }
    if (!fs.statSync(file).isFile()) throw new UsageError(`${file} 不是文件。`);
  },
  async run(core, [file], options) {
    const staged = core.ctx.files.stage(path.basename(file!), { path: file! });
    const { importId } = await must<{ importId: string }>(core, 'imports.start', { fileId: staged.fileId });
    try {
      let analysis: ImportAnalysis;
      try {
        analysis = await must<ImportAnalysis>(core, 'imports.analysis', { importId, kind: options.ledger });
      } catch (error) {
        // The file could not be read: nothing has been written.
        console.error(error instanceof AppError ? error.message : String(error));
        return 2;
      }
      const chosen = options.sheet
        ? analysis.sheets.filter((s) => s.name === options.sheet)
        : analysis.sheets.filter((s) => s.fits);
      if (options.sheet && (chosen.length === 0 || !chosen[0]!.fits)) {
        const why =
          chosen[0]?.skipReason ??
          `文件中没有名为“${options.sheet}”的工作表（有：${analysis.sheets.map((s) => s.name).join('、')}）`;
        console.error(`不能导入工作表“${options.sheet}”：${why}`);
        return 2;
      }
      if (chosen.length === 0) {
        console.error(
          `文件中没有可以导入的工作表：${analysis.sheets.map((s) => `“${s.name}”${s.skipReason ?? ''}`).join('；')}`,
        );
        return 2;
      }
      await must(core, 'imports.preview', {
        importId,
        kind: options.ledger,
        sheets: chosen.map((s) => ({ name: s.name, mapping: s.mapping, community: s.community })),
        strategy: 'overwriteNonBlank',
      });
      const { batchId: _, ...result } = await must<ImportResult>(core, 'imports.commit', { importId });
      if (options.json) console.log(JSON.stringify(result));
      else {
        console.log(
          `导入完成：新增 ${result.inserted} 条，更新 ${result.updated} 条，无变化 ${result.unchanged} 条，跳过 ${result.skipped} 行。`,
        );
        for (const e of result.errors) console.log(`  ${e.sheet} 第 ${e.row} 行 ${e.column}：${e.message}`);
      }
      return 0;
    } finally {
      await core.invoke('imports.close', { importId });
    }
  },
};
