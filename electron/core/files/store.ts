import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import type { StagedFile } from '../../../shared/platform';

/**
 * Files moving between the user and the handlers: uploads the user chose, and files a handler
 * wrote for the user to save. They live in the data folder's staging/, emptied at every start,
 * because they may hold personal data.
 */
export class FileStore {
  constructor(private readonly dir: string) {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
  }

  /** Copies a file in (a path from a dialog) or writes bytes in (an upload). */
  stage(name: string, source: { path: string } | { bytes: Uint8Array }): StagedFile {
    const { fileId, filePath } = this.allocate(name);
    if ('path' in source) fs.copyFileSync(source.path, filePath);
    else fs.writeFileSync(filePath, source.bytes);
    return { fileId, name: path.basename(filePath), size: fs.statSync(filePath).size };
  }

  /** A fresh path for a handler to write an output file to. */
  allocate(name: string): { fileId: string; filePath: string } {
    const fileId = crypto.randomBytes(12).toString('hex');
    const folder = path.join(this.dir, fileId);
    fs.mkdirSync(folder);
    return { fileId, filePath: path.join(folder, safeName(name)) };
  }

  resolve(fileId: string): { name: string; filePath: string } {
    if (!/^[0-9a-f]{24}$/.test(fileId)) throw new AppError('BAD_INPUT', '文件编号无效，请重新选择文件。');
    const folder = path.join(this.dir, fileId);
    const name = fs.existsSync(folder) ? fs.readdirSync(folder)[0] : undefined;
    if (!name) throw new AppError('NOT_FOUND', '找不到这个文件，可能已过期。请重新选择文件。');
    return { name, filePath: path.join(folder, name) };
  }

  /** The StagedFile of a file a handler wrote, to hand back to the renderer. */
  describe(fileId: string): StagedFile {
    const { name, filePath } = this.resolve(fileId);
    return { fileId, name, size: fs.statSync(filePath).size };
  }

  clear(): void {
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

function safeName(name: string): string {
  const base = path
    .basename(name.replaceAll('\\', '/'))
    .replace(/[<>:"|?*\u0000-\u001f]/g, '_')
    .slice(0, 120);
  return base && base !== '.' && base !== '..' ? base : 'file';
}
