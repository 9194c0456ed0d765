/**
 * A backup taken off the machine: copied into a folder the user picked (a USB drive), read back
 * and compared byte for byte before it gets its name, so a full or failing drive is found now
 * rather than on the day the copy is needed.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { StagedFile } from '../../../shared/platform';
import { AppError } from '../../../shared/errors';
import { recordAudit } from '../audit/record';
import type { Ctx } from '../context';
import { fsyncFile, renameDurably } from './durable';
import { backupDir, findBackupFile, toInfo } from './folder';

export async function copyBackupTo(ctx: Ctx, id: string, dir: string): Promise<{ path: string }> {
  const source = findBackupFile(backupDir(ctx.info.dbFile), id);
  const folder = path.resolve(dir);
  if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) {
    throw new AppError('NOT_FOUND', `找不到文件夹 ${folder}。请确认 U 盘已插好，然后重新选择保存位置。`);
  }
  const target = path.join(folder, source.id);
  const partial = path.join(folder, `.${source.id}.partial`);
  try {
    await fs.promises.copyFile(source.path, partial);
    fsyncFile(partial);
    const [expected, actual] = await Promise.all([digest(source.path), digest(partial)]);
    if (expected !== actual) {
      throw new AppError(
        'INTERNAL',
        `复制到 ${folder} 的备份与原件不一致，已删除这份副本。请换一个 U 盘或文件夹后重试。`,
      );
    }
    renameDurably(partial, target);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    if (error instanceof AppError) throw error;
    throw new AppError(
      'INTERNAL',
      `无法把备份写入 ${folder}（${(error as Error).message}）。请检查 U 盘是否写保护、空间是否足够，然后重试。`,
    );
  }
  recordAudit(ctx, {
    method: 'backups.copyTo',
    entity: 'backup',
    entityId: null,
    before: null,
    after: { ...toInfo(source), copiedTo: target },
  });
  return { path: target };
}

/** A backup handed to the user as a download (browser mode has no folder picker). */
export function stageBackup(ctx: Ctx, id: string): StagedFile {
  const source = findBackupFile(backupDir(ctx.info.dbFile), id);
  const staged = ctx.files.stage(source.id, { path: source.path });
  recordAudit(ctx, {
    method: 'backups.stage',
    entity: 'backup',
    entityId: null,
    before: null,
    after: toInfo(source),
  });
  return staged;
}

function digest(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = crypto.createHash('sha256');
    fs.createReadStream(file)
      .on('data', (chunk) => hash.update(chunk))
      .on('end', () => resolve(hash.digest('hex')))
      .on('error', reject);
  });
}
