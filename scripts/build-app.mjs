// Builds main, preload, the import worker and the renderer into out/ (electron-vite, through
// electron.config.ts). Used by npm start, the e2e suite and the benchmarks.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

/** @returns {{ ok: boolean, output: string }} */
export function buildApp() {
  const bin = path.join(
    root,
    'node_modules',
    '.bin',
    process.platform === 'win32' ? 'electron-vite.cmd' : 'electron-vite',
  );
  const result = spawnSync(bin, ['build', '-c', 'electron.config.ts'], {
    cwd: root,
    encoding: 'utf8',
    shell: process.platform === 'win32',
  });
  return { ok: result.status === 0, output: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}
