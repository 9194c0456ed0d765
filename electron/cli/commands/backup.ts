import fs from 'node:fs';
import path from 'node:path';
import { createBackup } from '../../core/backup/create';
import { UsageError, type CliCommand } from '../command';

function checkOut(out: string): string {
  const dir = path.resolve(out);
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    throw new UsageError(`--out 指向的文件夹不存在：${dir}。请先创建这个文件夹，或换一个 --out 路径。`);
  }
  return dir;
}

export const backupCommand: CliCommand = {
  usage: [
    'backup [--db PATH] [--out DIR]                写一份经过完整性检查的备份（默认放在数据文件旁的 backups/），输出它的路径',
  ],
  check(_, options) {
    if (options.out) checkOut(options.out);
  },
  async run(core, _, options) {
    const backup = await createBackup(core.ctx, 'manual', options.out ? { dir: checkOut(options.out) } : {});
    console.log(backup.path);
    return 0;
  },
};
