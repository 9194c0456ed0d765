import { describe, expect, it } from 'vitest';
import type { PurgePreview } from '../../../shared/contract';
import { openTestApp, ok } from '../helpers';
import { womanId } from '../ids';

function seed() {
  const core = openTestApp({ now: new Date('2026-11-23T09:30:00+08:00') });
  ok(core, 'communities.add', { name: '湖东社区' });
  const add = (name: string, n: number) =>
    ok<{ id: number }>(core, 'entries.add', {
      kind: 'pregnant',
      name,
      idNumber: womanId('19900307', n),
      phones: '13800001111',
      community: '湖东社区',
      fields: {},
    });
  const old = add('王芳', 1);
  const recent = add('李梅', 2);
  const open = add('赵丽', 3);
  ok(core, 'services.add', { entryId: old.id, at: '2025-01-10 09:00', type: '电话随访', content: '王芳身体无异常' });
  ok(core, 'entries.close', { id: old.id, reason: '迁出', date: '2025-06-30' });
  ok(core, 'entries.close', { id: recent.id, reason: '迁出', date: '2026-10-01' });
  return { core, old, recent, open };
}

describe('purging entries closed long ago', () => {
  it('counts only entries closed before the retention period', () => {
    const { core } = seed();
    expect(ok<PurgePreview>(core, 'entries.purgePreview')).toEqual({
      count: 1,
      closedOnOrBefore: '2025-11-23',
      purgeAfterDays: 365,
    });
    ok(core, 'settings.update', { purgeAfterDays: 30 });
    expect(ok<PurgePreview>(core, 'entries.purgePreview').count).toBe(2);
  });

  it('needs confirmation, and without it changes nothing', () => {
    const { core } = seed();
    const result = core.invoke('entries.purge', {});
    expect(result).toMatchObject({ ok: false, code: 'BAD_INPUT' });
    expect(core.ctx.db.prepare('SELECT count(*) FROM entries').pluck().get()).toBe(3);
  });

  it('removes the entry, its services and every trace of its personal data, and logs counts only', () => {
    const { core, old } = seed();
    expect(ok(core, 'entries.purge', { confirm: true })).toEqual({ purged: 1 });
    const db = core.ctx.db;
    expect(db.prepare('SELECT name FROM entries ORDER BY id').pluck().all()).toEqual(['李梅', '赵丽']);
    expect(db.prepare('SELECT count(*) FROM services WHERE entry_id = ?').pluck().get(old.id)).toBe(0);
    const history = db.prepare("SELECT coalesce(before, '') || coalesce(after, '') FROM audit_log").pluck().all();
    expect(history.join('\n')).not.toContain('王芳');
    expect(history.join('\n')).not.toContain(womanId('19900307', 1));
    const row = db.prepare("SELECT operator, after FROM audit_log WHERE method = 'entries.purge'").get() as {
      after: string;
    };
    expect(JSON.parse(row.after)).toEqual({
      purged: 1,
      closedOnOrBefore: '2025-11-23',
      purgeAfterDays: 365,
      byKind: { pregnant: 1 },
    });
    expect(ok<PurgePreview>(core, 'entries.purgePreview').count).toBe(0);
  });
});
