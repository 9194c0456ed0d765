import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../cli/run';
import { openTestApp, tempDir } from '../helpers';
import { addCommunity, integrity } from './helpers';

describe('npm run cli -- backup', () => {
  it('writes a checked backup beside the database and prints its path; --out writes it elsewhere', () => {
    const dir = tempDir();
    const core = openTestApp({ dataDir: dir });
    addCommunity(core, '湖东社区');
    core.close();
    const db = path.join(dir, 'ledger.sqlite');

    const run = cli('backup', '--db', db);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const written = run.stdout.trim();
    expect(path.dirname(written)).toBe(path.join(dir, 'backups'));
    expect(path.basename(written)).toMatch(/^ledger-\d{8}-\d{6}-manual\.sqlite$/);
    expect(integrity(written)).toBe('ok');

    const out = tempDir();
    const elsewhere = cli('backup', '--db', db, '--out', out);
    expect(elsewhere.code).toBe(0);
    expect(path.dirname(elsewhere.stdout.trim())).toBe(out);
    expect(fs.readdirSync(out)).toHaveLength(1);
  });

  it('refuses an --out folder that does not exist, with exit code 2', () => {
    const dir = tempDir();
    openTestApp({ dataDir: dir }).close();
    const run = cli('backup', '--db', path.join(dir, 'ledger.sqlite'), '--out', path.join(dir, 'nope'));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--out 指向的文件夹不存在/);
  });
});
