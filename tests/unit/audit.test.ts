import { describe, expect, it } from 'vitest';
import type { AuditRow } from '../../shared/domain/ledgers/types';
import { ok, openTestApp } from './helpers';

describe('audit.list', () => {
  it('lists newest first with filters and paging', () => {
    const core = openTestApp();
    const a = ok<{ id: number }>(core, 'communities.add', { name: '湖东社区' });
    ok(core, 'grids.add', { communityId: a.id, name: '第一网格' });
    core.ctx.now = () => new Date('2026-11-25T10:00:00+08:00');
    core.ctx.operator = '李娜';
    ok(core, 'communities.rename', { id: a.id, name: '湖东新村' });

    const all = ok<{ total: number; rows: AuditRow[] }>(core, 'audit.list', {});
    expect(all.total).toBe(3);
    expect(all.rows.map((r) => r.method)).toEqual(['communities.rename', 'grids.add', 'communities.add']);
    expect(ok<{ rows: AuditRow[] }>(core, 'audit.list', { entity: 'grid' }).rows.map((r) => r.method)).toEqual([
      'grids.add',
    ]);
    expect(ok<{ rows: AuditRow[] }>(core, 'audit.list', { operator: '李娜' }).rows).toHaveLength(1);
    expect(ok<{ rows: AuditRow[] }>(core, 'audit.list', { from: '2026-11-24', to: '2026-11-25' }).rows).toHaveLength(1);
    expect(ok<{ rows: AuditRow[] }>(core, 'audit.list', { to: '2026-11-23' }).rows).toHaveLength(2);
    expect(ok<{ rows: AuditRow[] }>(core, 'audit.list', { q: '新村' }).rows).toHaveLength(1);
    expect(ok<{ total: number; rows: AuditRow[] }>(core, 'audit.list', { offset: 2, limit: 1 })).toMatchObject({
      total: 3,
      rows: [{ method: 'communities.add' }],
    });
  });
});
