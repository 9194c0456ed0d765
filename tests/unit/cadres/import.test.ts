import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { CadrePage, CadreUnit } from '../../../shared/domain/cadres/types';
import { ok, okAsync, openTestApp, tempDir } from '../helpers';
import { CADRE_FIXTURE, importFile } from './seed';

describe('importing a cadre list', () => {
  it('reads 下沉干部名单.xlsx as exactly 60 cadres, creating the communities', async () => {
    const core = openTestApp();
    ok(core, 'communities.add', { name: '湖东社区' });
    const { start, preview, result } = await importFile(core, CADRE_FIXTURE);
    expect(start.rows).toBe(60);
    expect(preview).toEqual({
      counts: { new: 60, updated: 0, unchanged: 0, error: 0 },
      newCommunities: ['惠达社区', '城北社区', '新月路社区', '柳影社区'],
      errors: [],
    });
    expect(result).toMatchObject({ inserted: 60, updated: 0, unchanged: 0, skipped: 0, errors: [] });

    const page = ok<CadrePage>(core, 'cadres.list', { limit: 500 });
    expect(page.total).toBe(60);
    const first = page.rows.find((r) => r.name === '江玉兰');
    expect(first).toMatchObject({
      gender: '女',
      unit: '市交通国有资产经营有限公司',
      duty: '科员',
      politics: '中共党员',
      phone: '13766554558',
      community: '湖东社区',
      post: '情绪疏导',
      role: '下沉干部',
    });
    const units = ok<CadreUnit[]>(core, 'cadres.units');
    expect(units.map((u) => u.unit).sort()).toEqual(
      [
        '区人社局',
        '区卫健局',
        '区城市管理局',
        '区委组织部',
        '市交通国有资产经营有限公司',
        '市市政综合所',
        '市财政国库支付中心',
      ].sort(),
    );
    expect(units.reduce((n, u) => n + u.count, 0)).toBe(60);
    const communities = ok<{ name: string }[]>(core, 'communities.list').map((c) => c.name);
    expect(communities).toEqual(['湖东社区', '惠达社区', '城北社区', '新月路社区', '柳影社区']);
    expect(ok<CadrePage>(core, 'cadres.list', { community: '湖东社区' }).total).toBe(16);
    expect(
      core.ctx.db.prepare("SELECT COUNT(*) FROM audit_log WHERE method = 'cadres.importCommit'").pluck().get(),
    ).toBe(1);
  });

  it('imports the same file twice as 0 new, 60 unchanged', async () => {
    const core = openTestApp();
    await importFile(core, CADRE_FIXTURE);
    const again = await importFile(core, CADRE_FIXTURE);
    expect(again.preview.counts).toEqual({ new: 0, updated: 0, unchanged: 60, error: 0 });
    expect(again.result).toMatchObject({ inserted: 0, updated: 0, unchanged: 60 });
    expect(ok<CadrePage>(core, 'cadres.list', {}).total).toBe(60);
  });

  it('updates a known person, and names the row and column of each error', async () => {
    const core = openTestApp();
    await importFile(core, CADRE_FIXTURE);
    const file = path.join(tempDir(), '更新.xlsx');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('名单');
    sheet.addRow(['某某街道下沉干部名单']);
    sheet.addRow(['姓名', '手机号', '工作单位', '所在社区', '政治面貌', '到岗日期']);
    sheet.addRow(['江玉兰', '13766554558', '市交通国资公司', '', '', new Date(Date.UTC(2022, 3, 18))]);
    sheet.addRow(['新人', '1376655', '区卫健局', '湖东社区', '党员', '']);
    sheet.addRow(['新人二', '13766550000', '区卫健局', '湖东社区', '无党派', '']);
    sheet.addRow(['新人三', '13766550001', '区卫健局', '湖东社区', '预备党员', '2022.4.18']);
    sheet.addRow(['新人三', '13766550001', '区卫健局', '湖东社区', '预备党员', '']);
    await workbook.xlsx.writeFile(file);
    const { preview, result } = await importFile(core, file);
    expect(preview.counts).toEqual({ new: 1, updated: 1, unchanged: 0, error: 3 });
    expect(preview.errors).toEqual([
      { sheet: '名单', row: 4, column: '手机号', message: expect.stringMatching(/1376655.*11 位/) },
      { sheet: '名单', row: 5, column: '政治面貌', message: expect.stringMatching(/无党派/) },
      { sheet: '名单', row: 7, column: '姓名', message: expect.stringMatching(/与第 6 行是同一人/) },
    ]);
    expect(result).toMatchObject({ inserted: 1, updated: 1, skipped: 3 });
    const jiang = ok<CadrePage>(core, 'cadres.list', { q: 'jyl' }).rows[0];
    expect(jiang).toMatchObject({
      unit: '市交通国资公司',
      community: '湖东社区',
      arrivedOn: '2022-04-18',
      post: '情绪疏导',
    });
    const three = ok<CadrePage>(core, 'cadres.list', { q: '新人三' }).rows[0];
    expect(three).toMatchObject({ politics: '中共预备党员', arrivedOn: '2022-04-18' });
  });

  it('takes the 下沉社区 of a cell merged down over its group for every cadre in it', async () => {
    const core = openTestApp();
    const file = path.join(tempDir(), '按社区合并.xlsx');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('名单');
    sheet.addRow(['下沉社区', '姓名', '手机号', '工作单位']);
    sheet.addRow(['湖东社区', '甲一', '13766550011', '区卫健局']);
    sheet.addRow([null, '甲二', '13766550012', '区卫健局']);
    sheet.addRow(['柳影社区', '乙一', '13766550013', '区教育局']);
    sheet.addRow([null, '乙二', '13766550014', '区教育局']);
    sheet.addRow([null, '合计：4人']);
    sheet.mergeCells('A2:A3');
    sheet.mergeCells('A4:A6');
    await workbook.xlsx.writeFile(file);
    const { preview } = await importFile(core, file);
    expect(preview.counts).toEqual({ new: 4, updated: 0, unchanged: 0, error: 0 });
    const rows = ok<CadrePage>(core, 'cadres.list', {}).rows;
    expect(Object.fromEntries(rows.map((r) => [r.name, r.community]))).toEqual({
      甲一: '湖东社区',
      甲二: '湖东社区',
      乙一: '柳影社区',
      乙二: '柳影社区',
    });
  });

  it('exports the registry as a workbook with a header and one row per person', async () => {
    const core = openTestApp();
    await importFile(core, CADRE_FIXTURE);
    const staged = await okAsync<{ fileId: string; name: string }>(core, 'cadres.export', { community: '湖东社区' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(core.ctx.files.resolve(staged.fileId).filePath);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(3).getCell(2).value).toBe('姓名');
    expect(sheet.rowCount).toBe(3 + 16);
    expect(sheet.getRow(4).getCell(2).value).toBe('江玉兰');
    expect(fs.existsSync(core.ctx.files.resolve(staged.fileId).filePath)).toBe(true);
  });
});
