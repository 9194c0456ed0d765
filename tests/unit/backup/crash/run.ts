/** Runs the crash child and kills it with SIGKILL at the line it announces. */
import { spawn } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../../../..');
const child = path.join(import.meta.dirname, 'child.ts');

/** Resolves with the line it was killed at, once the process is gone. */
export function killAt(args: string[], isTarget: (line: string) => boolean): Promise<string> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', child, ...args], {
      cwd: root,
      env: { ...process.env, TZ: 'Asia/Shanghai' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    let hit: string | null = null;
    proc.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n').find((l) => isTarget(l));
      if (line && hit === null) {
        hit = line;
        proc.kill('SIGKILL');
      }
    });
    proc.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    proc.on('exit', (code, signal) => {
      if (hit !== null && signal === 'SIGKILL') resolve(hit);
      else reject(new Error(`the child ended (${code ?? signal}) before it was killed:\n${out}\n${err}`));
    });
  });
}
