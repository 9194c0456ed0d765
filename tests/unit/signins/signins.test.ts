import { describe, expect, it } from 'vitest';
import type { SigninDay, SigninMatch, SigninRow } from '../../../shared/domain/signins/types';
import { ok, openTestApp } from '../helpers';
import { addCadre, fail, seedCommunities } from './seed';

const DAY = '2022-04-18';

function setup() {
  const core = openTestApp({ now: new Date('2022-04-18T08:02:00+08:00') });
  seedCommunities(core);
  const wang = addCadre(core, { name: '王芳', phone: '13900000001', community: '湖东社区', post: '卡点值守' });
  const li = addCadre(core, { name: '李强', phone: '13900000002', community: '湖东社区', unit: '区卫健局' });
  const gone = addCadre(core, { name: '王五', phone: '13900000003', community: '湖东社区', leftOn: '2022-04-10' });
  const later = addCadre(core, { name: '赵六', phone: '13900000004', community: '湖东社区', arrivedOn: '2022-04-20' });
  const other = addCadre(core, { name: '王小明', phone: '13900000005', community: '柳影社区' });
  return { core, wang, li, gone, later, other };
}

describe('signing in and out', () => {
  it('signs in at the current time and lists the day with those expected', () => {
    const { core, wang, li } = setup();
    const row = ok<SigninRow>(core, 'signins.signIn', { cadreId: wang, day: DAY });
    expect(row).toMatchObject({
      name: '王芳',
      community: '湖东社区',
      post: '卡点值守',
      signedIn: '2022-04-18 08:02',
      signedOut: null,
    });
    const day = ok<SigninDay>(core, 'signins.day', { day: DAY, community: '湖东社区' });
    expect(day.rows.map((r) => r.name)).toEqual(['王芳']);
    // Gone before the day, or not yet arrived: not expected.
    expect(day.missing.map((p) => p.cadreId)).toEqual([li]);
  });

  it('refuses a second sign-in the same day and keeps one row', () => {
    const { core, wang } = setup();
    ok(core, 'signins.signIn', { cadreId: wang, day: DAY, time: '8:02' });
    const error = fail(core, 'signins.signIn', { cadreId: wang, day: DAY, time: '9:00' });
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toContain('王芳今天已经在 08:02 签到了');
    expect(core.ctx.db.prepare('SELECT COUNT(*) FROM signins').pluck().get()).toBe(1);
  });

  it('refuses to sign out someone who has not signed in', () => {
    const { core, li } = setup();
    const error = fail(core, 'signins.signOut', { cadreId: li, day: DAY, time: '16:00' });
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toContain('李强今天还没有签到');
  });

  it('signs a night shift out the next morning: 12 hours', () => {
    const { core, wang } = setup();
    ok(core, 'signins.signIn', { cadreId: wang, day: DAY, time: '20:00' });
    const row = ok<SigninRow>(core, 'signins.signOut', { cadreId: wang, day: DAY, time: '08:00' });
    expect(row.signedOut).toBe('2022-04-19 08:00');
    expect(row.hours).toBe(12);
    expect(fail(core, 'signins.signOut', { cadreId: wang, day: DAY, time: '09:00' }).message).toContain(
      '已经在 次日 08:00 签退了',
    );
  });

  it('refuses a bad time with a Chinese message', () => {
    const { core, wang } = setup();
    expect(fail(core, 'signins.signIn', { cadreId: wang, day: DAY, time: '25:00' }).message).toContain(
      '小时应在 0 到 23 之间',
    );
  });

  it('records corrections in the audit log with before and after', () => {
    const { core, wang } = setup();
    const row = ok<SigninRow>(core, 'signins.signIn', { cadreId: wang, day: DAY, time: '8:30' });
    const fixed = ok<SigninRow>(core, 'signins.correct', {
      id: row.id,
      signedIn: '7:55',
      signedOut: '16:05',
      note: '补签',
    });
    expect(fixed).toMatchObject({
      signedIn: '2022-04-18 07:55',
      signedOut: '2022-04-18 16:05',
      note: '补签',
      hours: 8.2,
    });
    const audit = core.ctx.db
      .prepare("SELECT method, before, after FROM audit_log WHERE entity = 'signin' AND entity_id = ? ORDER BY id")
      .all(row.id) as { method: string; before: string | null; after: string }[];
    expect(audit.map((a) => a.method)).toEqual(['signins.signIn', 'signins.correct']);
    expect(JSON.parse(audit[1]!.before!).signedIn).toBe('2022-04-18 08:30');
    expect(JSON.parse(audit[1]!.after).signedIn).toBe('2022-04-18 07:55');
    const cleared = ok<SigninRow>(core, 'signins.correct', { id: row.id, signedOut: null });
    expect(cleared.signedOut).toBeNull();
  });

  it('finds active people by name, phone and pinyin initials, the community first', () => {
    const { core, wang, other } = setup();
    ok(core, 'signins.signIn', { cadreId: wang, day: DAY, time: '8:00' });
    const byInitials = ok<SigninMatch[]>(core, 'signins.find', { q: 'wf', day: DAY, community: '湖东社区' });
    expect(byInitials[0]).toMatchObject({ cadreId: wang, signedIn: '2022-04-18 08:00' });
    const byName = ok<SigninMatch[]>(core, 'signins.find', { q: '王', day: DAY, community: '柳影社区' });
    expect(byName.map((m) => m.cadreId)).toEqual([other, wang]); // 王五 has left
    expect(ok<SigninMatch[]>(core, 'signins.find', { q: '0002', day: DAY })[0]?.name).toBe('李强');
    // A row the registry left without its search text is still found by name.
    core.ctx.db.prepare("UPDATE cadres SET search = '' WHERE id = ?").run(wang);
    expect(ok<SigninMatch[]>(core, 'signins.find', { q: '王芳', day: DAY }).map((m) => m.cadreId)).toEqual([wang]);
  });

  it('adds a walk-in to the registry and signs them in', () => {
    const { core } = setup();
    const row = ok<SigninRow>(core, 'signins.walkIn', {
      name: '孙悟空',
      phone: '139 0000 0009',
      unit: '市交通局',
      community: '湖东社区',
      day: DAY,
      time: '8:10',
    });
    expect(row).toMatchObject({ name: '孙悟空', unit: '市交通局', phone: '13900000009', signedIn: '2022-04-18 08:10' });
    const cadre = core.ctx.db.prepare('SELECT role, name_pinyin, search FROM cadres WHERE id = ?').get(row.cadreId);
    expect(cadre).toMatchObject({ role: '下沉干部', name_pinyin: 'sunwukong' });
    expect(ok<SigninMatch[]>(core, 'signins.find', { q: 'swk', day: DAY })[0]?.cadreId).toBe(row.cadreId);
    const again = fail(core, 'signins.walkIn', {
      name: '孙悟空',
      phone: '13900000009',
      unit: '市交通局',
      community: '湖东社区',
      day: DAY,
    });
    expect(again.code).toBe('CONFLICT');
  });
});
