import { describe, expect, it } from 'vitest';
import { okAsync, openTestApp } from './helpers';

function exportRows(core: ReturnType<typeof openTestApp>) {
  return (
    core.ctx.db.prepare("SELECT operator, method, after FROM audit_log WHERE entity = 'export'").all() as {
      operator: string;
      method: string;
      after: string;
    }[]
  ).map((r) => ({ ...r, after: JSON.parse(r.after) as Record<string, unknown> }));
}

describe('every export is in the audit log', () => {
  it('the attendance report and the roster workbook record who exported what, and that IDs were not in it', async () => {
    const core = openTestApp();
    await okAsync(core, 'attendance.export', { from: '2026-11-01', to: '2026-11-23' });
    await okAsync(core, 'rosters.export', { from: '2026-11-23', to: '2026-11-29' });
    expect(exportRows(core)).toEqual([
      {
        operator: '测试员',
        method: 'attendance.export',
        after: { from: '2026-11-01', to: '2026-11-23', people: 0, masked: true },
      },
      {
        operator: '测试员',
        method: 'rosters.export',
        after: { from: '2026-11-23', to: '2026-11-29', community: null, masked: true },
      },
    ]);
  });
});
