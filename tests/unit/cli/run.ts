/** Runs the CLI as a user would (node + tsx, office time zone) and seeds a database for it. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { AppCore } from '../../../electron/core/app';
import { openTestApp, tempDir } from '../helpers';
import { seedLedgers } from '../excel/export/helpers';

const root = path.resolve(import.meta.dirname, '../../..');

export function cli(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'electron/cli.ts'), ...args], {
    cwd: root,
    env: { ...process.env, TZ: 'Asia/Shanghai' },
    encoding: 'utf8',
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** A data folder with the export tests' entries; the CLI opens its ledger.sqlite with --db. */
export function seededDb(): { core: AppCore; db: string; dir: string } {
  const dir = tempDir();
  const core = openTestApp({ dataDir: dir });
  seedLedgers(core);
  return { core, db: path.join(dir, 'ledger.sqlite'), dir };
}
