/**
 * The two ways a workbook gets in: the CLI (import --json, then list --json) and the wizard's handlers
 * (imports.start → analysis → values → preview → rows → commit, then entries.list). Both give the
 * stored entries and what the import said about each row, for truth.ts to compare.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { vi } from 'vitest';
import { importCommand } from '../../../electron/cli/commands/import';
import { list } from '../../../electron/cli/commands/list';
import { openCore } from '../../../electron/cli/open';
import type { AppCore } from '../../../electron/core/app';
import { contract } from '../../../shared/contract';
import type { ImportAnalysis, ImportResult, PreviewRow } from '../../../shared/domain/excel/imports';
import type { Entry, EntryPage } from '../../../shared/domain/ledgers/types';
import { ok, okAsync, openTestApp, tempDir } from '../helpers';
import { rowKey, type RowReports, type StoredEntry } from './truth';

const root = path.resolve(import.meta.dirname, '../../..');

/** CORPUS_CLI=process runs electron/cli.ts as its own process (slower); by default its commands run in-process. */
const asProcess = process.env.CORPUS_CLI === 'process';

async function inProcess(command: typeof importCommand, args: string[], options: Record<string, unknown>) {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ') + '\n'));
  const error = vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ') + '\n'));
  const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out.push(String(chunk));
    return true;
  });
  let code: number;
  try {
    command.check?.(args, options);
    const core = openCore(options.db as string);
    try {
      code = await command.run(core, args, options);
    } finally {
      core.close();
    }
  } finally {
    log.mockRestore();
    error.mockRestore();
    write.mockRestore();
  }
  return { code, stdout: out.join(''), stderr: err.join('') };
}

function spawned(args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'electron/cli.ts'), ...args], {
    cwd: root,
    env: { ...process.env, TZ: 'Asia/Shanghai' },
    encoding: 'utf8',
  });
  return { code: run.status ?? -1, stdout: run.stdout, stderr: run.stderr };
}

export interface ChannelResult {
  stored: StoredEntry[];
  said: RowReports;
  /** What went wrong before any comparison could be made (the file could not be read …). */
  failure?: string;
}

const noReports = (distinguishes: boolean): RowReports => ({
  errors: new Map(),
  duplicates: new Set(),
  warnings: new Map(),
  marks: new Map(),
  distinguishes,
});

/** npm run cli -- import FILE --ledger KIND --db DB --json; then list --ledger KIND --db DB --json. */
export async function viaCli(file: string, kind: string, fieldKeys: string[]): Promise<ChannelResult> {
  const db = path.join(tempDir(), 'ledger.sqlite');
  const imported = asProcess
    ? spawned(['import', file, '--ledger', kind, '--db', db, '--json'])
    : await inProcess(importCommand, [file], { ledger: kind, db, json: true });
  if (imported.code !== 0)
    return { stored: [], said: noReports(false), failure: `import exit ${imported.code}: ${imported.stderr.trim()}` };
  const result = JSON.parse(imported.stdout) as Omit<ImportResult, 'batchId'>;
  const said = noReports(false);
  for (const e of result.errors) {
    const key = rowKey(e);
    const columns = said.errors.get(key) ?? [];
    const column = e.column || '(no column)';
    if (!columns.includes(column)) columns.push(column);
    said.errors.set(key, columns);
  }
  const listed = asProcess
    ? spawned(['list', '--ledger', kind, '--db', db, '--json'])
    : await inProcess(list, [], { ledger: kind, db, json: true });
  if (listed.code !== 0) return { stored: [], said, failure: `list exit ${listed.code}: ${listed.stderr.trim()}` };
  const rows = JSON.parse(listed.stdout) as Record<string, unknown>[];
  const stored = rows.map((row) => {
    const fields: Record<string, unknown> = {};
    for (const key of fieldKeys) if (row[key] !== null && row[key] !== undefined) fields[key] = row[key];
    return { ...(row as unknown as StoredEntry), fields };
  });
  return { stored, said };
}

/** The wizard's steps through the real app core and its import worker, taking every suggestion. */
export async function viaWizard(file: string, kind: string): Promise<ChannelResult> {
  const core: AppCore = openTestApp();
  const staged = core.ctx.files.stage(path.basename(file), { path: file });
  const { importId } = ok<{ importId: string }>(core, 'imports.start', { fileId: staged.fileId });
  try {
    const analysis = await core.invoke('imports.analysis', { importId, kind });
    if (!analysis.ok) return { stored: [], said: noReports(true), failure: `analysis: ${analysis.message}` };
    const value = analysis.value as ImportAnalysis;
    const chosen = value.sheets.filter((s) => s.fits);
    if (chosen.length === 0)
      return {
        stored: [],
        said: noReports(true),
        failure: `no sheet fits: ${value.sheets.map((s) => `${s.name} ${s.skipReason ?? ''}`).join('; ')}`,
      };
    const sheets = chosen.map((s) => ({ name: s.name, mapping: s.mapping, community: s.community }));
    const input: Record<string, unknown> = { importId, kind, sheets, strategy: 'overwriteNonBlank' };
    if ('imports.values' in contract) {
      // 值对应: take what the import suggests or remembers; undecided values stay undecided.
      const { columns } = await okAsync<{
        columns: { target: string; values: { value: string; choice: string | null }[] }[];
      }>(core, 'imports.values', { importId, kind, sheets });
      const values: Record<string, Record<string, string>> = {};
      for (const c of columns)
        for (const v of c.values) if (v.choice !== null) (values[c.target] ??= {})[v.value] = v.choice;
      input.values = values;
    }
    await okAsync(core, 'imports.preview', input);

    const headerOf = new Map(chosen.map((s) => [s.name, new Map(s.mapping.map((m) => [m.column, m.header]))]));
    const said = noReports(true);
    for (let offset = 0; ; offset += 500) {
      const page = await okAsync<{ total: number; rows: PreviewRow[] }>(core, 'imports.rows', {
        importId,
        offset,
        limit: 500,
      });
      for (const row of page.rows) {
        const key = rowKey(row);
        if (row.status === 'error')
          said.errors.set(
            key,
            Object.keys(row.errors).map((c) => headerOf.get(row.sheet)?.get(Number(c)) ?? `column ${c}`),
          );
        if (row.status === 'duplicate') said.duplicates.add(key);
        if (row.warnings.length) said.warnings.set(key, row.warnings);
        const marks = (row as PreviewRow & { marks?: Record<number, string> }).marks;
        if (marks && Object.keys(marks).length) said.marks.set(key, [...new Set(Object.values(marks))]);
      }
      if (offset + 500 >= page.total) break;
    }
    await okAsync<ImportResult>(core, 'imports.commit', { importId });

    const page = ok<EntryPage>(core, 'entries.list', { kind, status: '全部', limit: 500 });
    const ids = new Map(
      (core.ctx.db.prepare('SELECT id, id_number FROM entries').all() as { id: number; id_number: string }[]).map(
        (r) => [r.id, r.id_number],
      ),
    );
    const stored = page.rows.map((e: Entry) => ({ ...e, idNumber: ids.get(e.id) ?? e.idNumber }));
    return { stored, said };
  } catch (error) {
    return { stored: [], said: noReports(true), failure: (error as Error).message };
  } finally {
    await core.invoke('imports.close', { importId });
  }
}
