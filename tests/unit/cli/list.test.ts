import { describe, expect, it } from 'vitest';
import type { LedgerKind } from '../../../shared/domain/ledgers/types';
import { manId } from '../ids';
import { ok } from '../helpers';
import { addEntry } from '../ledgers/seed';
import { cli, seededDb } from './run';

describe('npm run cli -- list', () => {
  it('prints every entry of the ledger, open and closed, as flat JSON with canonical keys', () => {
    const { core, db } = seededDb();
    const run = cli('list', '--ledger', 'pregnant', '--db', db, '--json');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const entries = JSON.parse(run.stdout) as Record<string, unknown>[];
    expect(entries.map((e) => [e.name, e.status])).toEqual([
      ['王芳', '在册'],
      ['李丽', '在册'],
      ['吴凤', '已结案'],
    ]);
    const full = core.ctx.db.prepare("SELECT id_number FROM entries WHERE name = '王芳'").pluck().get();
    expect(entries[0]).toEqual({
      name: '王芳',
      idNumber: full,
      gender: '女',
      birthDate: '1993-01-22',
      phones: ['13904312222', '15896427167'],
      phoneNotes: { '13904312222': '本人', '15896427167': '丈夫' },
      community: '湖东社区',
      grid: '第一网格',
      address: '湖东社区2栋2单元101室',
      status: '在册',
      closeReason: null,
      cadre: '王锐',
      note: '需重点关注',
      extra: { 孕周: '38', 户籍地: '吉林长春' },
      lastMenstrualDate: '2026-03-01',
      dueDate: '2026-12-06',
      prenatalHospital: '长春市妇产医院',
      riskLevel: '红',
      riskFactors: '前置胎盘',
      deliveryDate: null,
      emergencyContact: '张伟 13900001111',
    });
    expect(entries[0]!.idNumber).toMatch(/^\d{17}[\dX]$/);
    // Full numbers left the app: the audit log records it.
    const audit = core.ctx.db.prepare("SELECT after FROM audit_log WHERE method = 'cli.list'").pluck().all() as string[];
    expect(audit.map((a) => JSON.parse(a))).toEqual([{ kind: 'pregnant', rows: 3, masked: false, format: 'json' }]);
    expect(entries[2]).toMatchObject({ status: '已结案', closeReason: '已分娩', deliveryDate: '2026-11-02' });
  });

  it('gives weekday sets as ISO numbers and a staff kind its own keys', () => {
    const { core, db } = seededDb();
    const kind = ok<LedgerKind>(core, 'kinds.add', {
      name: '独居老人',
      fields: [{ label: '是否需要送餐', type: 'bool' }],
    });
    addEntry(core, { kind: kind.key, name: '郭大爷', idNumber: manId('19380312'), fields: { f1: '是' } });
    const dialysis = JSON.parse(cli('list', '--ledger', 'dialysis', '--db', db, '--json').stdout);
    expect(dialysis[0]).toMatchObject({
      name: '郭军',
      dialysisType: '血透',
      dialysisDays: [1, 3, 5],
      dialysisSession: '上午',
    });
    expect(JSON.parse(cli('list', '--ledger', kind.key, '--db', db, '--json').stdout)).toMatchObject([
      { name: '郭大爷', f1: true },
    ]);
  });

  it('prints a short table with masked ID numbers without --json', () => {
    const { db } = seededDb();
    const run = cli('list', '--ledger', 'pregnant', '--db', db);
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^姓名\s+身份证号\s+社区\s+状态$/);
    expect(lines[1]).toMatch(/^王芳\s+220104\*{8}\d{3}[\dX]\s+湖东社区\s+在册$/);
    expect(lines[3]).toMatch(/吴凤.*已结案$/);
    expect(lines.at(-1)).toBe('孕产妇台账：共 3 条');
    expect(run.stdout).not.toMatch(/\d{17}[\dX]/);
  });

  it('refuses an unknown kind or a missing --ledger with a Chinese message and exit code 2', () => {
    const { db } = seededDb();
    const unknown = cli('list', '--ledger', 'nosuch', '--db', db, '--json');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('没有“nosuch”这个台账类型');
    expect(unknown.stdout).toBe('');
    const missing = cli('list', '--db', db);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--ledger');
  });
});
