import { describe, expect, it } from 'vitest';
import type { Entry, EntryPage, Workbench } from '../../../shared/domain/ledgers/types';
import { manId, womanId } from '../ids';
import { fail, ok, openTestApp } from '../helpers';
import { addEntry, seedPlaces } from './seed';

function setup() {
  const core = openTestApp();
  seedPlaces(core);
  return core;
}

const stored = (core: ReturnType<typeof setup>, id: number) =>
  core.ctx.db.prepare('SELECT phones, phone_notes FROM entries WHERE id = ?').get(id);

describe('phone notes of entries', () => {
  it('keep whose each number is from the free text of entries.add, and store them beside the numbers', () => {
    const core = setup();
    const e = addEntry(core, {
      kind: 'pregnant',
      name: '王芳',
      idNumber: womanId('19930122'),
      phones: '本人 139 0431 2222；丈夫：138-0431-5555、0431-85201234 转 123',
    });
    expect(e.phones).toEqual(['13904312222', '13804315555', '0431-85201234-123']);
    expect(e.phoneNotes).toEqual({ '13904312222': '本人', '13804315555': '丈夫' });
    expect(stored(core, e.id)).toEqual({
      phones: '["13904312222","13804315555","0431-85201234-123"]',
      phone_notes: '{"13904312222":"本人","13804315555":"丈夫"}',
    });
    expect(ok<Entry>(core, 'entries.get', { id: e.id }).phoneNotes).toEqual(e.phoneNotes);
  });

  it('change with entries.update: new notes from the text, notes given apart override them, none when none written', () => {
    const core = setup();
    const e = addEntry(core, {
      kind: 'pregnant',
      name: '王芳',
      idNumber: womanId('19930122'),
      phones: '13904312222（本人）',
    });
    const base = { id: e.id, name: '王芳', community: '湖东社区' };

    const relabelled = ok<Entry>(core, 'entries.update', {
      ...base,
      phones: '13904312222（本人）/ 13804315555（爱人）',
    });
    expect(relabelled.phoneNotes).toEqual({ '13904312222': '本人', '13804315555': '爱人' });

    // A form that keeps the numbers and the notes apart: the list and a number -> note map.
    const apart = ok<Entry>(core, 'entries.update', {
      ...base,
      phones: ['13904312222', '138 0431 5555'],
      phoneNotes: { '13904312222': '本人', '138-0431-5555': '紧急联系人' },
    });
    expect(apart.phones).toEqual(['13904312222', '13804315555']);
    expect(apart.phoneNotes).toEqual({ '13904312222': '本人', '13804315555': '紧急联系人' });

    const cleared = ok<Entry>(core, 'entries.update', {
      ...base,
      phones: '13904312222（本人）/13804315555',
      phoneNotes: { '13904312222': '' },
    });
    expect(cleared.phoneNotes).toEqual({});

    const plain = ok<Entry>(core, 'entries.update', { ...base, phones: '13904312222' });
    expect(plain.phoneNotes).toEqual({});
    expect(stored(core, e.id)).toEqual({ phones: '["13904312222"]', phone_notes: '{}' });

    // The audit log has the notes before and after.
    const after = core.ctx.db
      .prepare("SELECT after FROM audit_log WHERE method = 'entries.update' ORDER BY id")
      .pluck()
      .all() as string[];
    expect(after.map((a) => (JSON.parse(a) as Entry).phoneNotes)).toEqual([
      { '13904312222': '本人', '13804315555': '爱人' },
      { '13904312222': '本人', '13804315555': '紧急联系人' },
      {},
      {},
    ]);
  });

  it('refuse a cell with a broken number beside good ones, and a note for a number the entry has not', () => {
    const core = setup();
    const draft = { kind: 'pregnant', name: '王芳', idNumber: womanId('19930122'), community: '湖东社区' };
    const broken = fail(core, 'entries.add', { ...draft, phones: '本人 13904312222 丈夫 1380431555' });
    expect(broken.fields).toEqual({ phones: '手机号 1380431555 位数不对（10 位），应为 11 位，请核对' });
    const stray = fail(core, 'entries.add', {
      ...draft,
      phones: '13904312222',
      phoneNotes: { '13804315555': '丈夫' },
    });
    expect(stray.fields).toEqual({
      phones: '电话备注中的“13804315555”不是这条记录的联系电话，请先在联系电话中填写这个号码',
    });
    const digits = fail(core, 'entries.add', { ...draft, phones: '13904312222', phoneNotes: { '13904312222': '3号' } });
    expect(digits.fields?.phones).toMatch(/只能写中文称呼/);
    expect(core.ctx.db.prepare('SELECT COUNT(*) FROM entries').pluck().get()).toBe(0);
  });

  it('are listed with the entries, and a search by the digits of a number still finds them', () => {
    const core = setup();
    addEntry(core, {
      kind: 'pregnant',
      name: '王芳',
      idNumber: womanId('19930122'),
      phones: '母亲:139-0431-2222 父亲 138 0431 5555',
    });
    addEntry(core, { kind: 'pregnant', name: '李丽', idNumber: womanId('19900612', 2), phones: '15896427167' });
    const page = ok<EntryPage>(core, 'entries.list', { kind: 'pregnant' });
    expect(page.rows.map((r) => [r.name, r.phoneNotes])).toEqual([
      ['王芳', { '13904312222': '母亲', '13804315555': '父亲' }],
      ['李丽', {}],
    ]);
    for (const q of ['13804315555', '0431', '5555']) {
      expect(ok<EntryPage>(core, 'entries.list', { kind: 'pregnant', q }).rows.map((r) => r.name)).toEqual(['王芳']);
    }
    expect(ok<EntryPage>(core, 'entries.list', { kind: 'pregnant', q: '父亲' }).rows).toEqual([]);
  });

  it('ride along to the workbench: today’s dialysis patients and due dates show whose each number is', () => {
    const core = setup();
    addEntry(core, {
      kind: 'dialysis',
      name: '郭军',
      idNumber: manId('19501224'),
      phones: '13904312222（儿子）',
      fields: { dialysisType: '血透', dialysisDays: '一二三四五六日' },
    });
    addEntry(core, {
      kind: 'pregnant',
      name: '王芳',
      idNumber: womanId('19930122'),
      phones: '丈夫 13804315555',
      fields: { dueDate: '2026-11-25' },
    });
    const today = ok<Workbench>(core, 'workbench.today', {});
    expect(today.dialysisToday.map((d) => d.phoneNotes)).toEqual([{ '13904312222': '儿子' }]);
    expect(today.dueSoon.map((d) => d.phoneNotes)).toEqual([{ '13804315555': '丈夫' }]);
  });
});
