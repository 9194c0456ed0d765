import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** An installed Chromium, Chrome or Edge, looked for where each platform puts it. */
export function findChromiumBrowser(env: NodeJS.ProcessEnv = process.env): string | null {
  const candidates: string[] = [];
  if (process.platform === 'win32') {
    for (const base of [env['ProgramFiles(x86)'], env.ProgramFiles, env.LOCALAPPDATA]) {
      if (!base) continue;
      candidates.push(
        path.join(base, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
        path.join(base, 'Google', 'Chrome', 'Application', 'chrome.exe'),
        path.join(base, 'Chromium', 'Application', 'chrome.exe'),
      );
    }
  } else if (process.platform === 'darwin') {
    candidates.push(
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
    );
  } else {
    const names = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge'];
    for (const dir of (env.PATH ?? '').split(path.delimiter)) {
      for (const name of names) candidates.push(path.join(dir, name));
    }
  }
  return candidates.find((file) => fs.existsSync(file)) ?? null;
}

/** Opens url as an app window (no tabs, no address bar) with its own profile in the data folder. */
export function openAppWindow(browser: string, url: string, profileDir: string): void {
  const args = [`--app=${url}`, `--user-data-dir=${profileDir}`, '--no-first-run', '--no-default-browser-check'];
  if (process.platform === 'linux' && process.getuid?.() === 0) args.push('--no-sandbox');
  const child = spawn(browser, args, { detached: true, stdio: 'ignore' });
  child.on('error', () => console.log(`无法启动浏览器 ${browser}，请手动打开上面的地址。`));
  child.unref();
}
