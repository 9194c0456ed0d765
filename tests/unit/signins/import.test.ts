import { describe, expect, it } from 'vitest';
import type { SigninDay, SigninImportResult } from '../../../shared/domain/signins/types';
import { ok, okAsync, openTestApp } from '../helpers';
import { addCadre, seedCommunities } from './seed';

const FIXTURE = '/work/shared/fixtures/签到记录-2022-04-18.csv';

function setup() {
  const core = openTestApp();
  seedCommunities(core);
  // Two of the 40 are in the registry already; one 侯欣怡 of another unit makes the name ambiguous
  // without the unit, which the file gives.
  addCadre(core, { name: '史晓东', phone: '13900000001', unit: '区委组织部', community: '湖东社区' });
  addCadre(core, { name: '侯欣怡', phone: '13900000002', unit: '区城市管理局', community: '惠达社区' });
  addCadre(core, { name: '侯欣怡', phone: '13900000003', unit: '区人社局', community: '城北社区' });
  const { fileId } = core.ctx.files.stage('签到记录-2022-04-18.csv', { path: FIXTURE });
  return { core, fileId };
}

describe('importing sign-in records (GBK CSV fixture)', () => {
  it('previews without writing', async () => {
    const { core, fileId } = setup();
    const preview = await okAsync<SigninImportResult>(core, 'signins.importPreview', { fileId });
    expect(preview).toMatchObject({ rows: 40, inserted: 40, updated: 0, skipped: 0, errors: [] });
    expect(preview.added).toHaveLength(38);
    expect(core.ctx.db.prepare('SELECT COUNT(*) FROM signins').pluck().get()).toBe(0);
    expect(core.ctx.db.prepare('SELECT COUNT(*) FROM cadres').pluck().get()).toBe(3);
  });

  it('imports the 40 rows of 2022-04-18; the 未签退 rows have no sign-out', async () => {
    const { core, fileId } = setup();
    const result = await okAsync<SigninImportResult>(core, 'signins.importCommit', { fileId });
    expect(result).toMatchObject({ rows: 40, inserted: 40, updated: 0, skipped: 0, errors: [] });
    expect(result.added).toHaveLength(38);
    expect(result.added[0]).toEqual({ name: '江玉兰', unit: '市交通国有资产经营有限公司', community: '湖东社区' });

    const { db } = core.ctx;
    expect(db.prepare("SELECT COUNT(*) FROM signins WHERE day = '2022-04-18'").pluck().get()).toBe(40);
    expect(db.prepare('SELECT COUNT(*) FROM signins WHERE signed_out IS NULL').pluck().get()).toBe(6);
    expect(db.prepare("SELECT COUNT(*) FROM signins WHERE note = '未签退'").pluck().get()).toBe(0);
    const row = (name: string) =>
      db
        .prepare(
          'SELECT s.signed_in AS i, s.signed_out AS o FROM signins s JOIN cadres c ON c.id = s.cadre_id WHERE c.name = ?',
        )
        .get(name);
    expect(row('邹涛')).toEqual({ i: '2022-04-18 07:05', o: '2022-04-18 16:05' });
    expect(row('侯欣怡')).toEqual({ i: '2022-04-18 07:55', o: '2022-04-18 20:30' });
    expect(row('江玉兰')).toEqual({ i: '2022-04-18 08:00', o: null });
    // Matched by name and unit: the existing 侯欣怡 of 区城市管理局, no new person.
    expect(db.prepare("SELECT COUNT(*) FROM cadres WHERE name = '侯欣怡'").pluck().get()).toBe(2);

    const day = ok<SigninDay>(core, 'signins.day', { day: '2022-04-18', community: '湖东社区' });
    expect(day.rows).toHaveLength(12);
    expect(day.missing).toEqual([]);

    // The same file again changes nothing.
    const again = await okAsync<SigninImportResult>(core, 'signins.importCommit', { fileId });
    expect(again).toMatchObject({ inserted: 0, updated: 0, skipped: 40, added: [] });
  });

  it('reports unknown communities and bad times by row and column', async () => {
    const core = openTestApp();
    ok(core, 'communities.add', { name: '湖东社区' });
    const csv =
      '日期,姓名,派出单位,下沉社区,签到时间,签退时间,备注\n2022/4/18,甲,单位,湖东社区,25:00,,\n2022/4/18,乙,单位,月亮社区,8:00,,\n2022/4/18,丙,单位,湖东社区,8点05分,下午4:30,\n';
    const { fileId } = core.ctx.files.stage('s.csv', { bytes: new TextEncoder().encode(csv) });
    const result = await okAsync<SigninImportResult>(core, 'signins.importCommit', { fileId });
    expect(result.inserted).toBe(1);
    expect(result.errors).toEqual([
      {
        sheet: expect.any(String),
        row: 2,
        column: '签到时间',
        message: expect.stringContaining('小时应在 0 到 23 之间'),
      },
      { sheet: expect.any(String), row: 3, column: '下沉社区', message: expect.stringContaining('月亮社区') },
    ]);
  });
});
