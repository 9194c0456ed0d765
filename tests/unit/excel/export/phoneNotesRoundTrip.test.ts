/**
 * same numbers and notes: into the entry it came from, into one whose notes were lost, and as a
 * new entry when the original is gone.
 */
import { describe, expect, it } from 'vitest';
import type { ImportAnalysis, PreviewSummary } from '../../../../shared/domain/excel/imports';
import type { Entry, EntryPage } from '../../../../shared/domain/ledgers/types';
import type { StagedFile } from '../../../../shared/platform';
import { womanId } from '../../ids';
import { ok, okAsync, openTestApp } from '../../helpers';

type Core = ReturnType<typeof openTestApp>;

async function importBack(core: Core, file: StagedFile): Promise<PreviewSummary> {
  const { importId } = ok<{ importId: string }>(core, 'imports.start', { fileId: file.fileId });
  const analysis = await okAsync<ImportAnalysis>(core, 'imports.analysis', { importId, kind: 'pregnant' });
  const sheets = analysis.sheets
    .filter((s) => s.fits)
    .map((s) => ({ name: s.name, mapping: s.mapping, community: s.community }));
  const summary = await okAsync<PreviewSummary>(core, 'imports.preview', {
    importId,
    kind: 'pregnant',
    sheets,
    strategy: 'overwriteAll',
  });
  await okAsync(core, 'imports.commit', { importId });
  return summary;
}

const phonesOf = (core: Core) =>
  ok<EntryPage>(core, 'entries.list', { kind: 'pregnant', limit: 100 }).rows.map((e) => [
    e.name,
    e.phones,
    e.phoneNotes,
  ]);

describe('phone notes through export and import', () => {
  it('come back with their numbers', async () => {
    const core = openTestApp();
    ok(core, 'communities.add', { name: '湖东社区' });
    const add = (name: string, n: number, phones: string) =>
      ok<Entry>(core, 'entries.add', {
        kind: 'pregnant',
        name,
        idNumber: womanId('19900101', n),
        phones,
        community: '湖东社区',
      });
    const wang = add('王芳', 1, '本人 13904312222；丈夫：138-0431-5555、0431-85201234转123（单位）');
    const li = add('李丽', 2, '13904319999（本人）');
    add('赵敏', 3, '15016462621');
    const before = phonesOf(core);
    expect(before[0]).toEqual([
      '王芳',
      ['13904312222', '13804315555', '0431-85201234-123'],
      { '13904312222': '本人', '13804315555': '丈夫', '0431-85201234-123': '单位' },
    ]);

    const file = await okAsync<StagedFile>(core, 'exports.ledger', { kind: 'pregnant', mask: false });
    expect((await importBack(core, file)).counts).toMatchObject({ total: 3, unchanged: 3, new: 0, updated: 0 });
    expect(phonesOf(core)).toEqual(before);

    // Notes lost on one entry, the other entry gone: the file brings both back.
    ok(core, 'entries.update', { id: wang.id, name: '王芳', community: '湖东社区', phones: before[0]![1] as string[] });
    ok(core, 'entries.remove', { id: li.id });
    expect(phonesOf(core)[0]![2]).toEqual({});
    expect((await importBack(core, file)).counts).toMatchObject({ total: 3, unchanged: 1, new: 1, updated: 1 });
    const after = phonesOf(core);
    expect(after.find((e) => e[0] === '王芳')).toEqual(before[0]);
    expect(after.find((e) => e[0] === '李丽')).toEqual(before[1]);
  });
});
