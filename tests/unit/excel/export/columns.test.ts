import { describe, expect, it } from 'vitest';
import type { LedgerKind } from '../../../../shared/domain/ledgers/types';
import { manId, womanId } from '../../ids';
import { ok, openTestApp } from '../../helpers';
import { addEntry } from '../../ledgers/seed';
import { exportLedger, headerIndex, loadSheet, rowValues, seedLedgers, STREET } from './helpers';

const headersOf = async (path: string) => rowValues(await loadSheet(path), 3).map(String);

describe('exports.ledger: which columns', () => {
  it('adds 状态 and 结案原因 only when closed entries are exported', async () => {
    const core = openTestApp();
    seedLedgers(core);
    const open = await headersOf((await exportLedger(core, { kind: 'pregnant' })).path);
    expect(open).not.toContain('状态');
    expect(open).not.toContain('结案原因');

    const all = await exportLedger(core, { kind: 'pregnant', status: '全部' });
    const sheet = await loadSheet(all.path);
    const col = headerIndex(sheet);
    expect([...col.keys()].slice(16, 20)).toEqual(['包保干部', '备注', '状态', '结案原因']);
    expect(sheet.rowCount).toBe(6);
    expect(sheet.getRow(6).getCell(col.get('姓名')!).value).toBe('吴凤');
    expect(sheet.getRow(6).getCell(col.get('状态')!).value).toBe('已结案');
    expect(sheet.getRow(6).getCell(col.get('结案原因')!).value).toBe('已分娩');
    expect(sheet.getRow(4).getCell(col.get('状态')!).value).toBe('在册');

    const closed = await loadSheet((await exportLedger(core, { kind: 'pregnant', status: '已结案' })).path);
    expect(rowValues(closed, 3)).toContain('结案原因');
    expect(closed.rowCount).toBe(4);
    expect(closed.getCell('A4').value).toBe(1);
  });

  it('adds one column per imported extra header, in first-seen order, only for the rows exported', async () => {
    const core = openTestApp();
    seedLedgers(core);
    const all = await headersOf((await exportLedger(core, { kind: 'pregnant' })).path);
    expect(all.slice(-3)).toEqual(['孕周', '户籍地', '工作单位']);
    const sheet = await loadSheet((await exportLedger(core, { kind: 'pregnant' })).path);
    const col = headerIndex(sheet);
    expect(sheet.getRow(4).getCell(col.get('户籍地')!).value).toBe('吉林长春');
    expect(sheet.getRow(5).getCell(col.get('户籍地')!).value).toBeNull();
    expect(sheet.getRow(5).getCell(col.get('孕周')!).value).toBe('12');
    expect(sheet.getRow(5).getCell(col.get('孕周')!).numFmt).toBe('@');

    const one = await headersOf((await exportLedger(core, { kind: 'pregnant', community: '柳影社区' })).path);
    expect(one.slice(-2)).toEqual(['工作单位', '孕周']);
    expect(one).not.toContain('户籍地');
    const none = await headersOf((await exportLedger(core, { kind: 'dialysis' })).path);
    expect(none.at(-1)).toBe('备注');
  });

  it("writes a staff-defined kind's own fields with their labels and values", async () => {
    const core = openTestApp();
    seedLedgers(core);
    const kind = ok<LedgerKind>(core, 'kinds.add', {
      name: '独居老人',
      fields: [
        { label: '健康状况', type: 'choice', options: ['良好', '一般', '较差'] },
        { label: '是否需要送餐', type: 'bool' },
        { label: '紧急联系人电话', type: 'phone' },
        { label: '送药日', type: 'weekdays' },
        { label: '慢性病', type: 'multi', options: ['高血压', '糖尿病', '冠心病'] },
        { label: '月补贴', type: 'number' },
        { label: '上次体检', type: 'date' },
      ],
    });
    addEntry(core, {
      kind: kind.key,
      name: '郭大爷',
      idNumber: manId('19380312'),
      fields: {
        f1: '一般',
        f2: '是',
        f3: '13904312222/13904313333',
        f4: '二四',
        f5: ['高血压', '糖尿病'],
        f6: 350.5,
        f7: '2026-05-20',
      },
    });
    addEntry(core, { kind: kind.key, name: '陈奶奶', idNumber: womanId('19400101', 4), fields: { f2: '否' } });

    const { file, path } = await exportLedger(core, { kind: kind.key, mask: false });
    expect(file.name).toBe(`${STREET}独居老人台账-20261123.xlsx`);
    const sheet = await loadSheet(path);
    expect(sheet.getCell('A1').value).toBe(`${STREET}独居老人台账`);
    const headers = rowValues(sheet, 3);
    expect(headers.slice(9)).toEqual([
      '健康状况',
      '是否需要送餐',
      '紧急联系人电话',
      '送药日',
      '慢性病',
      '月补贴',
      '上次体检',
      '包保干部',
      '备注',
    ]);
    const row = sheet.getRow(4);
    expect(rowValues(sheet, 4).slice(9, 15)).toEqual([
      '一般',
      '是',
      '13904312222/13904313333',
      '周二、四',
      '高血压、糖尿病',
      350.5,
    ]);
    expect(row.getCell(12).numFmt).toBe('@');
    expect(row.getCell(16).value).toEqual(new Date(Date.UTC(2026, 4, 20)));
    expect(row.getCell(16).numFmt).toBe('yyyy-mm-dd');
    expect(rowValues(sheet, 5).slice(9, 11)).toEqual([null, '否']);
  });

  it('refuses an unknown kind with a Chinese message', async () => {
    const core = openTestApp();
    const result = await core.invoke('exports.ledger', { kind: 'nosuch' });
    expect(result).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect((result as { message: string }).message).toContain('没有“nosuch”这个台账类型');
  });

  it('writes the header alone for an empty view', async () => {
    const core = openTestApp();
    seedLedgers(core);
    const sheet = await loadSheet((await exportLedger(core, { kind: 'pregnant', q: '不存在的人' })).path);
    expect(sheet.rowCount).toBe(3);
    expect(rowValues(sheet, 3)[0]).toBe('序号');
  });
});
