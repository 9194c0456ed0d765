import { describe, expect, it } from 'vitest';
import type { AuditRow } from '../../../../shared/domain/ledgers/types';
import { ok, openTestApp } from '../../helpers';
import { exportLedger, seedLedgers } from './helpers';

describe('exports.ledger audit', () => {
  it('records what was exported, masked or not, and how many rows, with no personal data', async () => {
    const core = openTestApp();
    seedLedgers(core);
    await exportLedger(core, {
      kind: 'pregnant',
      q: '王芳',
      status: '全部',
      filters: { riskLevel: '红' },
      mask: false,
    });
    const { rows } = ok<{ rows: AuditRow[] }>(core, 'audit.list', { entity: 'export' });
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    expect(row).toMatchObject({
      method: 'exports.ledger',
      entity: 'export',
      entityId: null,
      before: null,
      operator: '测试员',
    });
    expect(JSON.parse(row.after!)).toEqual({
      kind: 'pregnant',
      masked: false,
      rows: 1,
      filters: { status: '全部', community: null, grid: null, searched: true, filteredBy: ['riskLevel'], sort: null },
    });
    expect(row.after).not.toContain('王芳');
    expect(row.after).not.toMatch(/\d{17}[\dX]/);

    await exportLedger(core, { kind: 'dialysis' });
    const again = ok<{ rows: AuditRow[] }>(core, 'audit.list', { entity: 'export' }).rows;
    expect(JSON.parse(again[0]!.after!)).toMatchObject({ kind: 'dialysis', masked: true, rows: 1 });
  });
});
