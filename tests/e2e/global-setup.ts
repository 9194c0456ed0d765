import { execFileSync } from 'node:child_process';
import path from 'node:path';

/** The e2e suite runs the built renderer, as `npm start` does. */
export default function globalSetup(): void {
  const root = path.resolve(import.meta.dirname, '..', '..');
  const bin = path.join(
    root,
    'node_modules',
    '.bin',
    process.platform === 'win32' ? 'electron-vite.cmd' : 'electron-vite',
  );
  execFileSync(bin, ['build', '-c', 'electron.config.ts'], {
    cwd: root,
    stdio: 'ignore',
    shell: process.platform === 'win32',
  });
}
