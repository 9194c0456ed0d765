import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApp } from '../../../electron/core/app';
import { lockDataFolder } from '../../../electron/core/db/lock';
import { openTestApp, tempDir } from '../helpers';

describe('the data folder lock', () => {
  it('lets one app open a folder, and tells a second start so', () => {
    const dir = tempDir();
    openTestApp({ dataDir: dir });
    expect(() => openApp({ dataDir: dir, mode: 'browser', version: 'test' })).toThrow(/已经在运行.*数据文件夹/);
  });

  it('takes over a lock left by a process that is gone', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'ledger.lock'), JSON.stringify({ pid: 2 ** 22 + 12345, holder: 'electron' }));
    const lock = lockDataFolder(dir, 'browser');
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'ledger.lock'), 'utf8')).pid).toBe(process.pid);
    lock.release();
    expect(fs.existsSync(path.join(dir, 'ledger.lock'))).toBe(false);
  });

  it('is released when the app closes, so the next start opens the folder', () => {
    const dir = tempDir();
    openApp({ dataDir: dir, mode: 'browser', version: 'test' }).close();
    const again = openApp({ dataDir: dir, mode: 'browser', version: 'test' });
    again.close();
  });
});
