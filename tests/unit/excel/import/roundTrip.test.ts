import { describe, expect, it } from 'vitest';
import type { ImportAnalysis, ImportResult, PreviewRow, PreviewSummary } from '../../../../shared/domain/excel/imports';
import type { EntryPage, LedgerKind } from '../../../../shared/domain/ledgers/types';
import type { StagedFile } from '../../../../shared/platform';
import { manId, womanId } from '../../ids';
import { ok, okAsync, openTestApp } from '../../helpers';

describe('export then import', () => {
  it.each(['pregnant', 'dialysis', 'custom'])('changes nothing (%s)', async (which) => {
    const core = openTestApp();
    ok(core, 'communities.add', { name: '湖东社区' });
    const community = ok<{ id: number }[]>(core, 'communities.list')[0]!;
    ok(core, 'grids.add', { communityId: community.id, name: '第一网格' });
    let kind = which;
    if (which === 'custom') {
      kind = ok<LedgerKind>(core, 'kinds.add', {
        name: '独居老人',
        fields: [
          { label: '健康状况', type: 'choice', options: ['良好', '一般', '较差'] },
          { label: '慢病', type: 'multi', options: ['高血压', '糖尿病', '冠心病'] },
          { label: '需要送餐', type: 'bool' },
          { label: '每月补贴', type: 'number' },
          { label: '上次体检', type: 'date' },
          { label: '子女电话', type: 'phone' },
          { label: '送药日', type: 'weekdays' },
        ],
      }).key;
    }
    const fields = {
      pregnant: {
        lastMenstrualDate: '2026-03-01',
        dueDate: '2026-12-06',
        prenatalHospital: '长春市妇产医院',
        riskLevel: '橙',
        riskFactors: '高龄',
        emergencyContact: '丈夫 13904318888',
      },
      dialysis: {
        dialysisType: '血透',
        dialysisHospital: '吉林省人民医院',
        dialysisDays: [1, 3, 5],
        dialysisSession: '上午',
        transport: '社区专车',
        escort: '子女陪同',
        conditions: '高血压',
      },
      custom: {
        f1: '较差',
        f2: ['高血压', '糖尿病'],
        f3: true,
        f4: 300,
        f5: '2026-05-01',
        f6: ['13904318888', '0431-85201234'],
        f7: [2, 5],
      },
    }[which]!;
    for (let i = 0; i < 5; i++) {
      ok(core, 'entries.add', {
        kind,
        name: `测试${'甲乙丙丁戊'[i]}`,
        idNumber: which === 'dialysis' ? manId('19600101', i) : womanId('19900101', i),
        phones: i % 2 ? ['13904312222', '0431-85201234'] : '15016462621',
        community: '湖东社区',
        grid: i % 2 ? '第一网格' : null,
        address: `湖东社区${i}栋`,
        cadre: '王锐',
        note: i === 3 ? '需要轮椅' : '',
        fields: i === 4 ? {} : fields,
        extra: i === 2 ? { 户籍地: '吉林省长春市', 原序号: '7' } : {},
      });
    }
    const before = ok<EntryPage>(core, 'entries.list', { kind, limit: 100 });

    const file = await okAsync<StagedFile>(core, 'exports.ledger', { kind, mask: false });
    const { importId } = ok<{ importId: string }>(core, 'imports.start', { fileId: file.fileId });
    const analysis = await okAsync<ImportAnalysis>(core, 'imports.analysis', { importId, kind });
    const sheets = analysis.sheets
      .filter((s) => s.fits)
      .map((s) => ({ name: s.name, mapping: s.mapping, community: s.community }));
    expect(sheets).toHaveLength(1);
    const summary = await okAsync<PreviewSummary>(core, 'imports.preview', {
      importId,
      kind,
      sheets,
      strategy: 'overwriteAll',
    });
    expect(summary.counts).toMatchObject({ total: 5, unchanged: 5, new: 0, updated: 0, error: 0 });
    await okAsync(core, 'imports.commit', { importId });
    const after = ok<EntryPage>(core, 'entries.list', { kind, limit: 100 });
    expect(after.rows.map(({ updatedAt: _, ...e }) => e)).toEqual(before.rows.map(({ updatedAt: _, ...e }) => e));
  });

  it('leaves out a closed entry, so it is not registered again as open, and says why', async () => {
    const core = openTestApp();
    ok(core, 'communities.add', { name: '湖东社区' });
    const added = [0, 1, 2].map((i) =>
      ok<{ id: number }>(core, 'entries.add', {
        kind: 'pregnant',
        name: `测试${'甲乙丙'[i]}`,
        idNumber: womanId('19900101', i),
        community: '湖东社区',
      }),
    );
    ok(core, 'entries.close', { id: added[1]!.id, reason: '已分娩' });
    const all = { kind: 'pregnant', status: '全部', limit: 100 } as const;
    const before = ok<EntryPage>(core, 'entries.list', all);

    const file = await okAsync<StagedFile>(core, 'exports.ledger', { kind: 'pregnant', status: '全部', mask: false });
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
    expect(summary.counts).toMatchObject({ total: 3, unchanged: 2, excluded: 1, new: 0, updated: 0 });
    const excluded = await okAsync<{ rows: PreviewRow[] }>(core, 'imports.rows', {
      importId,
      status: 'excluded',
      offset: 0,
      limit: 10,
    });
    expect(excluded.rows.map((r) => [r.name, r.warnings])).toEqual([['测试乙', [expect.stringContaining('已结案')]]]);
    const result = await okAsync<ImportResult>(core, 'imports.commit', { importId });
    expect(result).toMatchObject({ inserted: 0, updated: 0, unchanged: 2, skipped: 1 });
    expect(result.errors).toEqual([
      expect.objectContaining({ column: '状态', message: expect.stringContaining('默认不导入') }),
    ]);
    const after = ok<EntryPage>(core, 'entries.list', all);
    expect(after.rows.map(({ updatedAt: _, ...e }) => e)).toEqual(before.rows.map(({ updatedAt: _, ...e }) => e));
  });
});
