/**
 * Browser mode: the same handlers and the same renderer as the Electron app, served on
 * 127.0.0.1 for machines where the Electron binary cannot be had. Run by `npm start`.
 */
import crypto from 'node:crypto';
import path from 'node:path';
import { AppError } from '../shared/errors';
import pkg from '../package.json' with { type: 'json' };
import { openApp } from './core/app';
import { resolveDataDir } from './core/paths';
import { findChromiumBrowser, openAppWindow } from './browser/open-window';
import { startBrowserServer } from './browser/server';

const rendererDir = path.resolve(import.meta.dirname, '..', 'out', 'renderer');

async function main(): Promise<void> {
  const dataDir = resolveDataDir();
  const core = openApp({ dataDir, mode: 'browser', version: pkg.version });
  const token = crypto.randomBytes(24).toString('base64url');
  const server = await startBrowserServer({ core, rendererDir, token, port: Number(process.env.LEDGER_PORT ?? 0) });

  const stop = async () => {
    await server.close();
    core.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  console.log(`数据文件夹：${dataDir}`);
  console.log(`browser mode: ${server.url}`);
  if (process.env.LEDGER_NO_OPEN === '1') return;
  const browser = findChromiumBrowser();
  if (browser) {
    openAppWindow(browser, server.url, path.join(dataDir, 'browser-profile'));
    console.log('已在浏览器中打开街道台账；关闭本窗口（或按 Ctrl+C）即退出。');
  } else {
    console.log('没有找到 Chrome、Edge 或 Chromium：请在浏览器中打开上面的地址。按 Ctrl+C 退出。');
  }
}

main().catch((error) => {
  console.error(error instanceof AppError ? error.message : error);
  process.exit(error instanceof AppError && error.code === 'DB_LOCKED' ? 3 : 1);
});
