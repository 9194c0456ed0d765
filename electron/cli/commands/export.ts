import fs from 'node:fs';
import path from 'node:path';
import type { StagedFile } from '../../../shared/platform';
import { viewIds } from '../../core/excel/export/viewReader';
import { UsageError, type CliCommand } from '../command';
import { kindOption } from './list';

const USAGE = 'export --ledger KIND --out FILE [--db PATH] [--mask]';

/** The folder the file goes to must exist; the file itself is created or replaced. */
function checkOut(out: string): string {
  const file = path.resolve(out);
  const dir = path.dirname(file);
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    throw new UsageError(`保存位置的文件夹不存在：${dir}。请先创建这个文件夹，或换一个 --out 路径。`);
  }
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) {
    throw new UsageError(`--out 指向的是一个文件夹：${file}。请写出文件名，例如 ${path.join(file, '台账.xlsx')}。`);
  }
  return file;
}

export const exportCommand: CliCommand = {
  usage: [`${USAGE}   导出台账的全部记录（在册与已结案）为正式格式的 .xlsx；--mask 隐藏身份证号中间 8 位`],
  check(_, options) {
    if (!options.ledger || !options.out)
      throw new UsageError(`请写出台账类型和保存位置：${USAGE}\n例如：export --ledger pregnant --out 孕产妇台账.xlsx`);
    checkOut(options.out);
  },
  async run(core, _, options) {
    const kind = kindOption(core, options.ledger!);
    const out = checkOut(options.out!);
    const rows = viewIds(core.ctx, { kind: kind.key, status: '全部' }).length;
    const result = await core.invoke('exports.ledger', { kind: kind.key, status: '全部', mask: options.mask === true });
    if (!result.ok) {
      console.error(result.message);
      return 1;
    }
    const staged = core.ctx.files.resolve((result.value as StagedFile).fileId).filePath;
    try {
      fs.copyFileSync(staged, out);
    } catch (error) {
      throw new UsageError(
        `无法写入 ${out}：${(error as Error).message}。请检查文件是否正被 Excel/WPS 打开，或换一个保存位置。`,
      );
    }
    console.log(
      `已导出 ${kind.name}台账 ${rows} 条记录（在册与已结案${options.mask ? '，身份证号已隐藏中间 8 位' : ''}）到 ${out}`,
    );
    return 0;
  },
};
