// npm start: the Electron app where its binary can be had, otherwise browser mode.
// `npm run browser` (or --browser) goes straight to browser mode.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { buildApp } from './build-app.mjs';
import { findElectronBinary } from './electron-binary.mjs';

const root = path.resolve(import.meta.dirname, '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);
const shell = process.platform === 'win32';

function build() {
  const result = buildApp();
  if (!result.ok) {
    console.error(result.output);
    console.error('构建失败，见上方输出。');
    process.exit(1);
  }
}

function startBrowserMode() {
  build();
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'electron', 'browser.ts')], {
    cwd: root,
    stdio: 'inherit',
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code) => process.exit(code ?? 0));
}

function startElectron(executable) {
  const native = spawnSync(process.execPath, [path.join(root, 'scripts', 'electron-native.mjs')], {
    cwd: root,
    stdio: 'inherit',
  });
  if (native.status !== 0) return false;
  const child = spawn(bin('electron-vite'), ['preview', '-c', 'electron.config.ts'], {
    cwd: root,
    stdio: 'inherit',
    shell,
    env: { ...process.env, ELECTRON_EXEC_PATH: executable },
  });
  child.on('exit', (code) => process.exit(code ?? 0));
  return true;
}

const wantBrowser = process.argv.includes('--browser') || process.env.LEDGER_BROWSER_MODE === '1';
if (wantBrowser) {
  startBrowserMode();
} else {
  const electron = findElectronBinary({ download: true });
  if ('path' in electron && startElectron(electron.path)) {
    // running
  } else {
    const reason = 'reason' in electron ? electron.reason : '无法为 Electron 准备数据库模块';
    console.log(`Electron 无法启动（${reason}），改用浏览器模式。`);
    startBrowserMode();
  }
}
