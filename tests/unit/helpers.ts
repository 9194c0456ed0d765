import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { openApp, type AppCore } from '../../electron/core/app';
import type { Failure } from '../../shared/errors';

const made: string[] = [];
const opened: AppCore[] = [];

afterEach(() => {
  for (const core of opened.splice(0)) core.close();
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A fresh folder, removed after the test. */
export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-unit-'));
  made.push(dir);
  return dir;
}

/** The real app core on a real SQLite file in a fresh folder; closed after the test. */
export function openTestApp(
  options: { dataDir?: string; now?: Date; session?: 'system' | 'interactive' } = {},
): AppCore {
  const now = options.now ?? new Date('2026-11-23T09:30:00+08:00');
  const core = openApp({
    dataDir: options.dataDir ?? tempDir(),
    mode: 'cli',
    version: 'test',
    operator: '测试员',
    now: () => now,
    session: options.session,
  });
  opened.push(core);
  return core;
}

/** Calls a method and returns its value, failing the test with the message when it fails. */
export function ok<T = unknown>(core: AppCore, method: string, input: unknown = {}): T {
  const result = core.invoke(method, input);
  if (result instanceof Promise) throw new Error(`${method} answers with a promise: use okAsync`);
  if (!result.ok) throw new Error(`${method} failed: ${result.code} ${result.message}`);
  return result.value as T;
}

/** Calls a method that must be refused, and returns the failure (code, message, fields). */
export function fail(core: AppCore, method: string, input: unknown = {}): Failure {
  const result = core.invoke(method, input);
  if (result instanceof Promise) throw new Error(`${method} answers with a promise`);
  if (result.ok) throw new Error(`${method} should have failed`);
  return result;
}

/** The same for methods that answer with a promise (long work in a worker). */
export async function okAsync<T = unknown>(core: AppCore, method: string, input: unknown = {}): Promise<T> {
  const result = await core.invoke(method, input);
  if (!result.ok) throw new Error(`${method} failed: ${result.code} ${result.message}`);
  return result.value as T;
}
