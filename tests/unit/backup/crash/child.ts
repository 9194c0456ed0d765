/**
 * The process the crash tests kill. It opens the app core on a data folder, does one piece of
 * work, and at the point the test names prints a line and stops there, so the test's SIGKILL
 * lands at that point and nowhere else. Usage (node --import tsx):
 *   child.ts DIR import CSV            stops 'writing N' half-way through the import's transaction
 *   child.ts DIR import-done CSV       stops 'committed' right after the import's commit
 *   child.ts DIR roster                stops 'writing N' half-way through rosters.generate
 *   child.ts DIR restore ID STEP       stops 'step STEP' when the restore reaches STEP ('none': never)
 */
import path from 'node:path';
import { openApp, type AppCore } from '../../../../electron/core/app';
import { restoreBackup, type RestoreStep } from '../../../../electron/core/backup/restore';
import { commitImport } from '../../../../electron/core/excel/import/commit';
import { readAll } from '../../../../electron/core/excel/import/readAll';
import { ImportSession } from '../../../../electron/core/excel/import/session';

const [dir, work, ...args] = process.argv.slice(2);

/** Says where it is, then waits to be killed (two minutes at most, should the test be gone). */
function stopHere(line: string): void {
  process.stdout.write(`${line}\n`);
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 120_000);
  process.exit(3);
}

async function importRows(core: AppCore, csv: string, stopWhen: 'half' | 'done'): Promise<void> {
  const session = new ImportSession(core.ctx, path.basename(csv));
  session.sheets = await readAll(csv, new AbortController().signal, () => {});
  const analysis = session.analysis('0000000000000000', 'pregnant');
  const sheets = analysis.sheets.filter((s) => s.fits).map((s) => ({ name: s.name, mapping: s.mapping }));
  const summary = session.preview({ kind: 'pregnant', sheets, strategy: 'overwriteNonBlank' });
  process.stdout.write(`previewed ${summary.counts.new}\n`);
  commitImport(
    session,
    () => false,
    (done, total) => {
      if (stopWhen === 'half' && done >= total / 2 && done < total) stopHere(`writing ${done}`);
    },
  );
  if (stopWhen === 'done') stopHere('committed');
}

/** Stops the roster's transaction once `after` cells are written: a temporary trigger calls back. */
function roster(core: AppCore, after: number): void {
  const { db } = core.ctx;
  let written = 0;
  db.function('crash_point', () => {
    if (++written === after) stopHere(`writing ${written}`);
    return null;
  });
  db.exec('CREATE TEMP TRIGGER crash_point AFTER INSERT ON duty_shifts BEGIN SELECT crash_point(); END');
  const input = JSON.parse(args[0]!);
  process.stdout.write('generating\n');
  const result = core.invoke('rosters.generate', input) as { ok: boolean; message?: string };
  if (!result.ok) throw new Error(result.message);
  stopHere('generated');
}

async function main(): Promise<void> {
  const core = openApp({ dataDir: dir!, mode: 'cli', version: 'crash-test', operator: '测试员' });
  if (work === 'import' || work === 'import-done')
    await importRows(core, args[0]!, work === 'import' ? 'half' : 'done');
  else if (work === 'roster') roster(core, Number(args[1] ?? 1));
  else if (work === 'restore') {
    const [id, stopAt] = args as [string, RestoreStep | 'none'];
    process.stdout.write('restoring\n');
    await restoreBackup(core.ctx, id, { step: (step) => (step === stopAt ? stopHere(`step ${step}`) : undefined) });
    stopHere('restored');
  } else throw new Error(`unknown work ${work}`);
}

main().catch((error) => {
  process.stderr.write(`${(error as Error).stack ?? error}\n`);
  process.exit(1);
});
