/**
 * The automatic backups: at start when today's is missing, then checked every hour while the app
 * runs, so a machine left on overnight gets the next day's. The first of each month is also kept
 * as a monthly one.
 */
import dayjs from 'dayjs';
import type { Ctx } from '../context';
import { createBackup } from './create';
import { backupDir, listBackupFiles } from './folder';
import { readDamageNotice } from './notice';
import { noteFailure, noteSuccess } from './status';

const CHECK_EVERY_MS = 60 * 60 * 1000;

/** Makes the daily (and monthly) backup if it is due; answers what it made. */
export async function runDueBackups(ctx: Ctx): Promise<string[]> {
  // After a damaged start the data is an empty file: backing it up would rotate the good ones out.
  if (readDamageNotice(ctx.info.dbFile)) return [];
  const backups = listBackupFiles(backupDir(ctx.info.dbFile));
  const today = dayjs(ctx.now()).format('YYYY-MM-DD');
  const made: string[] = [];
  if (!backups.some((b) => b.kind === 'daily' && b.at.slice(0, 10) >= today)) {
    made.push((await createBackup(ctx, 'daily')).id);
  }
  if (!backups.some((b) => b.kind === 'monthly' && b.at.slice(0, 7) >= today.slice(0, 7))) {
    made.push((await createBackup(ctx, 'monthly')).id);
  }
  return made;
}

/** Starts the schedule; the timer stops when the app closes. */
export function startBackupSchedule(ctx: Ctx): void {
  const run = () =>
    runDueBackups(ctx).then(
      () => noteSuccess(ctx),
      (error) => {
        noteFailure(ctx, error);
        console.error('自动备份失败：', (error as Error).message);
      },
    );
  void run();
  const timer = setInterval(run, CHECK_EVERY_MS);
  timer.unref();
  ctx.cleanup.add(() => clearInterval(timer));
}
