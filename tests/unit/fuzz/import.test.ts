/**
 * Generated hostile files through every door of the import: the reading layer, the cadre
 * importer, the sign-in importer and the ledger import's worker. Each is read or refused
 * with a clear Chinese message, within a bound, and the database is left as it was.
 */
import { describe as group, expect, it } from 'vitest';
import type { AppCore } from '../../../electron/core/app';
import { readAll } from '../../../electron/core/excel/import/readAll';
import { AppError } from '../../../shared/errors';
import { ok, openTestApp } from '../helpers';
import { digest, messageProblem, within } from './check';
import { hostileFile, type HostileFile } from './files';
import { Rng, SEED } from './prng';

const FILES = 120;
const THROUGH_WORKER = 4;
const BOUND_MS = 20_000;

type Answer = { ok: boolean; code?: string; message?: string; value?: unknown };

function expectClear(answer: Answer, context: string): void {
  if (answer.ok) return;
  expect(answer.code, `${context}: ${answer.message}`).not.toBe('INTERNAL');
  expect(messageProblem(answer.message), `${context}: ${answer.message}`).toBeNull();
}

async function call(core: AppCore, method: string, input: unknown, context: string): Promise<Answer> {
  const outcome = await within(BOUND_MS, () => core.invoke(method, input));
  expect(outcome, `${context}: ${method} gave no answer within ${BOUND_MS} ms`).not.toBe('timeout');
  if (outcome === 'timeout') throw new Error('timeout');
  expect('error' in outcome ? String(outcome.error) : null, `${context}: ${method} threw`).toBeNull();
  const answer = (outcome as { value: Answer }).value;
  expectClear(answer, `${context}: ${method}`);
  return answer;
}

function seed(core: AppCore): void {
  ok(core, 'communities.add', { name: '湖东社区' });
  ok(core, 'cadres.add', { name: '史晓东', phone: '13900000001', unit: '区委组织部', community: '湖东社区' });
}

async function generate(count: number, label: string): Promise<HostileFile[]> {
  const rng = new Rng(SEED).fork(label);
  const files: HostileFile[] = [];
  for (let i = 0; i < count; i++) files.push(await hostileFile(rng, i));
  return files;
}

group(`the import under hostile files (seed ${SEED})`, () => {
  it(`reads or refuses ${FILES} generated files at the reading layer and in the cadre and sign-in importers`, async () => {
    const core = openTestApp();
    seed(core);
    const files = await generate(FILES, 'files');
    const outcomes = new Map<string, number>();
    for (const [i, file] of files.entries()) {
      const context = `[seed ${SEED}, file ${i}] ${file.name} (${file.label})`;
      const staged = core.ctx.files.stage(file.name, { bytes: file.bytes });
      const filePath = core.ctx.files.resolve(staged.fileId).filePath;

      // The reading layer, as the import worker runs it.
      const abort = new AbortController();
      const read = await within(BOUND_MS, () => readAll(filePath, abort.signal, () => {}));
      if (read === 'timeout') abort.abort();
      expect(read, `${context}: the reading layer gave no answer within ${BOUND_MS} ms`).not.toBe('timeout');
      if (read !== 'timeout' && 'error' in read) {
        expect(read.error, `${context}: ${String(read.error)}`).toBeInstanceOf(AppError);
        expect(
          messageProblem((read.error as AppError).message),
          `${context}: ${(read.error as AppError).message}`,
        ).toBeNull();
      }
      const outcome = read === 'timeout' ? 'timeout' : 'error' in read ? (read.error as AppError).code : 'read';
      outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);

      // The two importers that read in process; neither writes before its commit.
      const before = digest(core.ctx.db);
      const start = await call(core, 'cadres.importStart', { fileId: staged.fileId }, context);
      if (start.ok) {
        const { importId } = start.value as { importId: string };
        await call(core, 'cadres.importPreview', { importId }, context);
      }
      await call(core, 'signins.importPreview', { fileId: staged.fileId }, context);
      expect(digest(core.ctx.db), `${context}: the database changed`).toBe(before);
    }
    // Both kinds of outcome happen: the generator makes readable and unreadable files.
    expect(outcomes.get('BAD_INPUT') ?? 0).toBeGreaterThan(FILES / 5);
    expect(outcomes.get('read') ?? 0).toBeGreaterThan(FILES / 10);
  }, 120_000);

  it(`answers for ${THROUGH_WORKER} hostile files through the ledger import's worker, writing nothing`, async () => {
    const core = openTestApp();
    seed(core);
    const files = await generate(THROUGH_WORKER, 'worker');
    const before = digest(core.ctx.db);
    for (const [i, file] of files.entries()) {
      const context = `[seed ${SEED}, worker file ${i}] ${file.name} (${file.label})`;
      const staged = core.ctx.files.stage(file.name, { bytes: file.bytes });
      const start = await call(core, 'imports.start', { fileId: staged.fileId }, context);
      expect(start.ok, context).toBe(true);
      const { importId } = start.value as { importId: string };
      const analysis = await call(core, 'imports.analysis', { importId }, context);
      if (analysis.ok) {
        const { sheets } = analysis.value as { sheets: { name: string; fits: boolean; mapping: unknown[] }[] };
        const fitting = sheets.filter((s) => s.fits).map((s) => ({ name: s.name, mapping: s.mapping }));
        if (fitting.length)
          await call(core, 'imports.preview', { importId, kind: 'pregnant', sheets: fitting }, context);
      }
      await call(core, 'imports.close', { importId }, context);
    }
    expect(digest(core.ctx.db)).toBe(before);
  }, 120_000);
});
