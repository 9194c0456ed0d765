import { describe, expect, it } from 'vitest';
import type { Entry, ServiceRecord } from '../../../shared/domain/ledgers/types';
import { womanId } from '../ids';
import { ok, openTestApp } from '../helpers';
import { addEntry, seedPlaces } from './seed';

describe('service records', () => {
  it('are added, listed newest first, edited, and the latest shows on the entry', () => {
    const core = openTestApp();
    seedPlaces(core);
    const e = addEntry(core, { kind: 'pregnant', name: '王芳', idNumber: womanId('19930122') });
    ok(core, 'services.add', { entryId: e.id, at: '2026-11-20 09:00', type: '电话随访', content: '身体无异常' });
    const trip = ok<ServiceRecord>(core, 'services.add', {
      entryId: e.id,
      at: '2026-11-22 14:30',
      type: '绿色通道',
      content: '产检',
      hospital: '长春市妇产医院',
      vehicle: '吉A12345 张师傅',
      escort: '社区网格员 李娜',
      outcome: '顺利返回',
    });
    expect(trip).toMatchObject({ operator: '测试员', hospital: '长春市妇产医院', outcome: '顺利返回' });
    expect(ok<ServiceRecord[]>(core, 'services.list', { entryId: e.id }).map((s) => s.type)).toEqual([
      '绿色通道',
      '电话随访',
    ]);
    expect(ok<Entry>(core, 'entries.get', { id: e.id }).latestService).toEqual({
      at: '2026-11-22 14:30',
      type: '绿色通道',
      content: '产检',
    });

    ok(core, 'services.update', { id: trip.id, at: '2026-11-18 14:30', type: '绿色通道', content: '产检（改）' });
    expect(ok<Entry>(core, 'entries.get', { id: e.id }).latestService?.at).toBe('2026-11-20 09:00');
    expect(core.ctx.db.prepare("SELECT COUNT(*) FROM audit_log WHERE entity = 'service'").pluck().get()).toBe(3);
  });

  it('refuse a bad time or type, and an entry that does not exist', () => {
    const core = openTestApp();
    seedPlaces(core);
    const e = addEntry(core, { kind: 'pregnant', name: '王芳', idNumber: womanId('19930122') });
    expect(core.invoke('services.add', { entryId: e.id, at: '2026/11/20', type: '走访' })).toMatchObject({
      ok: false,
      message: expect.stringContaining('2022-04-18 08:30'),
    });
    expect(core.invoke('services.add', { entryId: e.id, at: '2026-11-20 09:00', type: '聊天' })).toMatchObject({
      ok: false,
      code: 'BAD_INPUT',
    });
    expect(core.invoke('services.add', { entryId: 999, at: '2026-11-20 09:00', type: '走访' })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
  });
});
