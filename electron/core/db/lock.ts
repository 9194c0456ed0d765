import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/errors';

export interface FolderLock {
  release(): void;
}

/** Only one running app may own a data folder: a second start is told so instead of opening it. */
export function lockDataFolder(dir: string, holder: string): FolderLock {
  const file = path.join(dir, 'ledger.lock');
  const content = JSON.stringify({ pid: process.pid, holder, since: new Date().toISOString() });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, content, { flag: 'wx' });
      return {
        release() {
          try {
            if (readPid(file) === process.pid) fs.unlinkSync(file);
          } catch {
            // already gone
          }
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = readPid(file);
      if (pid !== null && isAlive(pid)) {
        throw new AppError(
          'DB_LOCKED',
          `街道台账已经在运行，并打开着数据文件夹 ${dir}（进程 ${pid}）。请切换到已打开的窗口；确认没有在运行时，删除 ${file} 后再启动。`,
        );
      }
      fs.rmSync(file, { force: true }); // left behind by a process that is gone
    }
  }
  throw new AppError('DB_LOCKED', `无法锁定数据文件夹 ${dir}，请稍后重试。`);
}

function readPid(file: string): number | null {
  try {
    const pid = JSON.parse(fs.readFileSync(file, 'utf8')).pid;
    return Number.isInteger(pid) ? pid : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
