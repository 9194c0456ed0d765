import os from 'node:os';
import path from 'node:path';

/** Where browser mode and the CLI keep their data when LEDGER_DATA_DIR is not set. */
export function defaultDataDir(): string {
  return path.join(os.homedir(), '街道台账数据');
}

export function resolveDataDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.LEDGER_DATA_DIR ? path.resolve(env.LEDGER_DATA_DIR) : defaultDataDir();
}

export function databaseFile(dataDir: string): string {
  return path.join(dataDir, 'ledger.sqlite');
}
