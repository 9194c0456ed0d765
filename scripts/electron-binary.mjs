// Where the Electron binary is, if it can be had. From Electron 42 on, npm install does not
// download it; it comes at first launch, which fails where Electron's download host is out of reach.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const electronDir = path.join(root, 'node_modules', 'electron');

function platformPath() {
  if (process.platform === 'win32') return 'electron.exe';
  if (process.platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  return 'electron';
}

/**
 * @param {{ download?: boolean }} [options]
 * @returns {{ path: string } | { reason: string }}
 */
export function findElectronBinary({ download = false } = {}) {
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const file = path.join(override, platformPath());
    return fs.existsSync(file)
      ? { path: file }
      : { reason: `ELECTRON_OVERRIDE_DIST_PATH（${override}）里没有 Electron` };
  }
  if (!fs.existsSync(electronDir)) return { reason: '没有安装 electron 包，请先运行 npm install' };
  const installed = path.join(electronDir, 'dist', platformPath());
  if (fs.existsSync(installed)) return { path: installed };
  if (!download) return { reason: 'Electron 的可执行文件尚未下载' };
  // On a terminal the notice is erased again on failure, so the fallback stays one line.
  const notice = process.stdout.isTTY ? '正在下载 Electron（仅第一次启动需要）…' : '';
  process.stdout.write(notice);
  const result = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], {
    stdio: ['ignore', 'ignore', 'pipe'],
    timeout: 10 * 60 * 1000,
  });
  if (notice) process.stdout.write('\r\x1b[K');
  if (result.status === 0 && fs.existsSync(installed)) return { path: installed };
  return { reason: '本机无法下载 Electron 的可执行文件' };
}

export function electronVersion() {
  return JSON.parse(fs.readFileSync(path.join(electronDir, 'package.json'), 'utf8')).version;
}
