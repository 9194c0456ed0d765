import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect } from '@playwright/test';

const root = path.resolve(import.meta.dirname, '..', '..');

export interface BrowserModeApp {
  /** The full address with its token, as printed on the `browser mode: ` line. */
  url: string;
  origin: string;
  token: string;
  dataDir: string;
  /** Calls the API the way the renderer does. */
  api<T = unknown>(
    method: string,
    input?: unknown,
  ): Promise<{ ok: boolean; value?: T; code?: string; message?: string }>;
}

/** Starts browser mode on a fresh data folder and resolves once it prints its address. */
export async function startBrowserMode(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'electron', 'browser.ts')], {
    cwd: root,
    env: {
      ...process.env,
      LEDGER_DATA_DIR: dataDir,
      LEDGER_NO_OPEN: '1',
      LEDGER_PORT: '0',
      TZ: 'Asia/Shanghai',
      // The import worker as the app ships it (built by the global setup), not compiled on the fly.
      LEDGER_IMPORT_WORKER: path.join(root, 'out', 'main', 'import-worker.js'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`browser mode did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const line = output.split('\n').find((l) => l.startsWith('browser mode: '));
      if (line) {
        clearTimeout(timer);
        resolve(line.slice('browser mode: '.length).trim());
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`browser mode exited with ${code}:\n${output}`));
    });
  });
  return { child, url };
}

export function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** The administrator every test starts signed in as (unless it uses `signedIn: false`). */
export const ADMIN = { name: '测试管理员', password: 'test-pass-1' };

/**
 * Actual Budget's pattern: a fresh data folder per test, handed over by environment variable.
 * The first administrator is created through the API, which signs the app's one session in.
 */
export const test = base.extend<{ app: BrowserModeApp; signedIn: boolean }>({
  signedIn: [true, { option: true }],
  app: async ({ page, signedIn }, use) => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-e2e-'));
    const { child, url } = await startBrowserMode(dataDir);
    const parsed = new URL(url);
    const token = parsed.searchParams.get('token') ?? '';
    const app: BrowserModeApp = {
      url,
      origin: parsed.origin,
      token,
      dataDir,
      api: async (method, input = {}) => {
        const response = await page.request.post(`${parsed.origin}/api/${method}`, {
          headers: { 'X-Ledger-Token': token },
          data: input,
        });
        return response.json();
      },
    };
    if (signedIn) {
      const setup = await app.api('auth.setup', ADMIN);
      if (!setup.ok) throw new Error(`auth.setup failed: ${setup.message}`);
    }
    await use(app);
    await stop(child);
    fs.rmSync(dataDir, { recursive: true, force: true });
  },
});

export { expect };
