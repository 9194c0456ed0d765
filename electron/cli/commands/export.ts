import fs from 'node:fs';
import type { StagedFile } from '../../../shared/platform';
import { viewIds } from '../../core/excel/export/viewReader';
import { outFile, UsageError, type CliCommand } from '../command';
import { kindOption } from './list';

const USAGE = 'export --ledger KIND --out FILE [--db PATH] [--mask]';

export const exportCommand: CliCommand = {
  usage: [`${USAGE}   导出台账的全部记录（在册与已结案）为正式格式的 .xlsx；--mask 隐藏身份证号中间 8 位`],
  check(_, options) {
    if (!options.ledger || !options.out)
      throw new UsageError(`请写出台账类型和保存位置：${USAGE}\n例如：export --ledger pregnant --out 孕产妇台账.xlsx`);
    outFile(options.out, '台账.xlsx');
  },
  async run(core, _, options) {
    const kind = kindOption(core, options.ledger!);
    const out = outFile(options.out!, '台账.xlsx');
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
