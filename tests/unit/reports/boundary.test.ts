/**
 * The day boundary. Entries and services here are made and closed through the handlers on a
 * test clock (openTestApp's `now`), so created_at and closed_at are what the app itself writes;
 * the one time-stamped close is a direct UPDATE of closed_at.
 */
import { describe, expect, it } from 'vitest';
import { getIndicator } from '../../../electron/core/reports/indicators/registry';
import type { Entry } from '../../../shared/domain/ledgers/types';
import { manId, womanId } from '../ids';
import { ok, openTestApp } from '../helpers';

const count = (core: ReturnType<typeof openTestApp>, key: string, from: string, to = from) =>
  getIndicator(key).compute(core.ctx, { from, to })['湖东社区'];

describe('the day boundary (Asia/Shanghai)', () => {
  it('counts an entry made and closed at 23:59 as added and closed that day, not in册 at its end', () => {
    const core = openTestApp({ now: new Date('2026-11-20T23:59:00+08:00') });
    ok(core, 'communities.add', { name: '湖东社区' });
    const entry = ok<Entry>(core, 'entries.add', {
      kind: 'pregnant',
      name: '王芳',
      idNumber: womanId('19930122'),
      community: '湖东社区',
      fields: { dueDate: '2026-11-25' },
    });
    ok(core, 'entries.close', { id: entry.id, reason: '已分娩' });
    const row = core.ctx.db.prepare('SELECT created_at, closed_at FROM entries').get();
    expect(row).toEqual({ created_at: '2026-11-20 23:59', closed_at: '2026-11-20' });
    expect([count(core, 'added', '2026-11-20'), count(core, 'closed', '2026-11-20')]).toEqual([1, 1]);
    expect([count(core, 'added', '2026-11-21'), count(core, 'closed', '2026-11-21')]).toEqual([0, 0]);
    expect([count(core, 'active', '2026-11-19'), count(core, 'active', '2026-11-20')]).toEqual([0, 0]);
    expect(count(core, 'dueSoon', '2026-11-20')).toBe(0);
  });

  it('counts a close stamped 23:59 on its day, and an entry made at 00:30 (16:30 UTC the day before) on its own day', () => {
    const core = openTestApp({ now: new Date('2026-11-21T00:30:00+08:00') });
    ok(core, 'communities.add', { name: '湖东社区' });
    const a = ok<Entry>(core, 'entries.add', {
      kind: 'dialysis',
      name: '郭军',
      idNumber: manId('19501224'),
      community: '湖东社区',
      fields: { dialysisType: '血透', dialysisDays: [5, 6] }, // 2026-11-20 is a Friday, 11-21 a Saturday
    });
    expect(a.createdAt).toBe('2026-11-21 00:30');
    expect([count(core, 'added', '2026-11-20'), count(core, 'added', '2026-11-21')]).toEqual([0, 1]);
    expect([count(core, 'active', '2026-11-20'), count(core, 'active', '2026-11-21')]).toEqual([0, 1]);
    expect(count(core, 'dialysisTrips', '2026-11-20', '2026-11-22')).toBe(1);

    core.ctx.db.prepare("UPDATE entries SET closed_at = '2026-11-22 23:59', status = '已结案' WHERE id = ?").run(a.id);
    expect([count(core, 'closed', '2026-11-22'), count(core, 'closed', '2026-11-23')]).toEqual([1, 0]);
    expect([count(core, 'active', '2026-11-21'), count(core, 'active', '2026-11-22')]).toEqual([1, 0]);
  });

  it('counts a service at 23:59 on its day and one at 00:00 on the next', () => {
    const core = openTestApp();
    ok(core, 'communities.add', { name: '湖东社区' });
    const e = ok<Entry>(core, 'entries.add', {
      kind: 'dialysis',
      name: '郭军',
      idNumber: manId('19501224'),
      community: '湖东社区',
    });
    ok(core, 'services.add', { entryId: e.id, at: '2026-11-20 23:59', type: '绿色通道', hospital: '市医院' });
    ok(core, 'services.add', { entryId: e.id, at: '2026-11-21 00:00', type: '绿色通道', hospital: '市医院' });
    ok(core, 'services.add', { entryId: e.id, at: '2026-11-21 09:00', type: '走访' });
    expect([count(core, 'greenChannel', '2026-11-20'), count(core, 'greenChannel', '2026-11-21')]).toEqual([1, 1]);
    expect([count(core, 'services', '2026-11-20'), count(core, 'services', '2026-11-21')]).toEqual([1, 2]);
    expect(count(core, 'services.走访', '2026-11-20', '2026-11-21')).toBe(1);
  });
});
