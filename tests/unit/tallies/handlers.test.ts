import { describe, expect, it } from 'vitest';
import type { Community } from '../../../shared/domain/communities';
import type { TallyDay, TallyItem, TallySaveResult } from '../../../shared/domain/tallies/types';
import { fail, ok, openTestApp } from '../helpers';

const DAY = '2026-11-23';

function withData() {
  const core = openTestApp();
  const a = ok<Community>(core, 'communities.add', { name: '湖东社区' });
  const b = ok<Community>(core, 'communities.add', { name: '柳影社区' });
  const knock = ok<TallyItem>(core, 'tallies.addItem', { name: '敲门入户户数', unit: '户' });
  const hotline = ok<TallyItem>(core, 'tallies.addItem', { name: '热线接听件数', unit: '件' });
  return { core, a, b, knock, hotline };
}

const auditRows = (core: ReturnType<typeof openTestApp>, method: string) =>
  core.ctx.db
    .prepare('SELECT at, operator, entity, entity_id, before, after FROM audit_log WHERE method = ? ORDER BY id')
    .all(method) as {
    at: string;
    operator: string;
    entity: string;
    entity_id: number | null;
    before: string | null;
    after: string | null;
  }[];

describe('tally items', () => {
  it('starts empty: no item is put in the database by itself', () => {
    const core = openTestApp();
    expect(ok(core, 'tallies.items')).toEqual([]);
  });

  it('adds items in order, trimmed and NFKC-folded, and audits each', () => {
    const core = openTestApp();
    const knock = ok<TallyItem>(core, 'tallies.addItem', { name: '\u3000敲门入户户数 ', unit: ' 户' });
    expect(knock).toEqual({ id: knock.id, name: '敲门入户户数', unit: '户', sortOrder: 1, active: true, inUse: false });
    ok(core, 'tallies.addItem', { name: '消杀处数', unit: '处' });
    expect(ok<TallyItem[]>(core, 'tallies.items').map((i) => i.name)).toEqual(['敲门入户户数', '消杀处数']);
    const rows = auditRows(core, 'tallies.addItem');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      at: '2026-11-23 09:30:00',
      operator: '测试员',
      entity: 'tally_item',
      before: null,
    });
    expect(JSON.parse(rows[0]!.after!)).toMatchObject({ name: '敲门入户户数', unit: '户' });
  });

  it('refuses an empty name, a missing or long unit, and a taken name', () => {
    const core = openTestApp();
    expect(fail(core, 'tallies.addItem', { name: '  ', unit: '户' })).toMatchObject({
      code: 'BAD_INPUT',
      message: expect.stringContaining('请填写项目名称'),
    });
    expect(fail(core, 'tallies.addItem', { name: '消杀处数', unit: ' ' }).message).toContain('请填写计量单位');
    expect(fail(core, 'tallies.addItem', { name: '消杀处数', unit: '处'.repeat(11) }).message).toContain(
      '计量单位不能超过 10 个字',
    );
    ok(core, 'tallies.addItem', { name: '消杀处数', unit: '处' });
    expect(fail(core, 'tallies.addItem', { name: '消杀处数', unit: '处' })).toMatchObject({
      code: 'CONFLICT',
      message: '已经有名为“消杀处数”的工作量项目了，请换一个名称。',
    });
    expect(fail(core, 'tallies.addItem', { name: '消杀处数' }).code).toBe('BAD_INPUT');
    expect(fail(core, 'tallies.addItem', { name: 'x', unit: '处', extra: 1 }).code).toBe('BAD_INPUT');
    expect(auditRows(core, 'tallies.addItem')).toHaveLength(1);
  });

  it('renames, changes the unit, deactivates and reactivates, with before and after in the log', () => {
    const { core, knock, hotline } = withData();
    const renamed = ok<TallyItem>(core, 'tallies.updateItem', { id: knock.id, name: '入户走访户数', unit: '家' });
    expect(renamed).toMatchObject({ name: '入户走访户数', unit: '家', active: true });
    expect(fail(core, 'tallies.updateItem', { id: knock.id, name: '热线接听件数' }).code).toBe('CONFLICT');
    expect(ok<TallyItem>(core, 'tallies.updateItem', { id: hotline.id, active: false }).active).toBe(false);
    expect(ok<TallyDay>(core, 'tallies.day', { date: DAY }).items.map((i) => i.name)).toEqual(['入户走访户数']);
    expect(ok<TallyItem>(core, 'tallies.updateItem', { id: hotline.id, active: true }).active).toBe(true);
    const rows = auditRows(core, 'tallies.updateItem');
    expect(rows).toHaveLength(3);
    expect(JSON.parse(rows[0]!.before!)).toMatchObject({ name: '敲门入户户数', unit: '户' });
    expect(JSON.parse(rows[0]!.after!)).toMatchObject({ name: '入户走访户数', unit: '家' });
    expect(fail(core, 'tallies.updateItem', { id: 999, active: false }).code).toBe('NOT_FOUND');
    expect(fail(core, 'tallies.updateItem', { id: knock.id, active: 'no' }).code).toBe('BAD_INPUT');
  });

  it('moves an item up and down, and leaves the ends alone', () => {
    const { core, knock, hotline } = withData();
    const third = ok<TallyItem>(core, 'tallies.addItem', { name: '消杀处数', unit: '处' });
    const names = (items: TallyItem[]) => items.map((i) => i.name);
    expect(names(ok<TallyItem[]>(core, 'tallies.moveItem', { id: third.id, direction: 'up' }))).toEqual([
      '敲门入户户数',
      '消杀处数',
      '热线接听件数',
    ]);
    expect(names(ok<TallyItem[]>(core, 'tallies.moveItem', { id: knock.id, direction: 'down' }))).toEqual([
      '消杀处数',
      '敲门入户户数',
      '热线接听件数',
    ]);
    expect(names(ok<TallyItem[]>(core, 'tallies.moveItem', { id: hotline.id, direction: 'down' }))).toEqual([
      '消杀处数',
      '敲门入户户数',
      '热线接听件数',
    ]);
    expect(ok<TallyDay>(core, 'tallies.day', { date: DAY }).items.map((i) => i.name)).toEqual([
      '消杀处数',
      '敲门入户户数',
      '热线接听件数',
    ]);
    expect(auditRows(core, 'tallies.moveItem')).toHaveLength(2);
    expect(fail(core, 'tallies.moveItem', { id: knock.id, direction: 'left' }).code).toBe('BAD_INPUT');
    expect(fail(core, 'tallies.moveItem', { id: 999, direction: 'up' }).code).toBe('NOT_FOUND');
  });

  it('removes an unused item, and refuses one with values (IN_USE), suggesting 停用', () => {
    const { core, a, knock, hotline } = withData();
    ok(core, 'tallies.save', { date: DAY, cells: [{ communityId: a.id, itemId: knock.id, value: 3 }] });
    const refused = fail(core, 'tallies.removeItem', { id: knock.id });
    expect(refused).toMatchObject({ code: 'IN_USE', message: expect.stringContaining('停用') });
    expect(refused.message).toContain('不能删除工作量项目“敲门入户户数”：已有 1 天填了它的数字');
    expect(ok<TallyItem[]>(core, 'tallies.items').find((i) => i.id === knock.id)?.inUse).toBe(true);
    expect(ok(core, 'tallies.removeItem', { id: hotline.id })).toEqual({ id: hotline.id });
    expect(ok<TallyItem[]>(core, 'tallies.items').map((i) => i.name)).toEqual(['敲门入户户数']);
    const rows = auditRows(core, 'tallies.removeItem');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ entity_id: hotline.id, after: null });
    expect(fail(core, 'tallies.removeItem', { id: hotline.id }).code).toBe('NOT_FOUND');
  });
});

describe('tallies of a day', () => {
  it('shows every community × active item, with who and when per cell, and totals per item', () => {
    const { core, a, b, knock, hotline } = withData();
    const empty = ok<TallyDay>(core, 'tallies.day', { date: DAY });
    expect(empty.rows.map((r) => [r.communityName, r.cells])).toEqual([
      ['湖东社区', {}],
      ['柳影社区', {}],
    ]);
    expect(empty.totals).toEqual({ [knock.id]: 0, [hotline.id]: 0 });

    const saved = ok<TallySaveResult>(core, 'tallies.save', {
      date: DAY,
      cells: [
        { communityId: a.id, itemId: knock.id, value: 12 },
        { communityId: b.id, itemId: knock.id, value: 7 },
        { communityId: a.id, itemId: hotline.id, value: 3 },
      ],
    });
    expect(saved).toMatchObject({ saved: 3, cleared: 0 });
    const day = ok<TallyDay>(core, 'tallies.day', { date: DAY });
    expect(day).toEqual(saved.day);
    expect(day.rows[0]!.cells[knock.id]).toEqual({ value: 12, enteredBy: '测试员', enteredAt: '2026-11-23 09:30' });
    expect(day.rows[1]!.cells[hotline.id]).toBeUndefined();
    expect(day.totals).toEqual({ [knock.id]: 19, [hotline.id]: 3 });

    // Another day has its own values; a deactivated item leaves the day and its totals.
    expect(ok<TallyDay>(core, 'tallies.day', { date: '2026-11-24' }).totals).toEqual({
      [knock.id]: 0,
      [hotline.id]: 0,
    });
    ok(core, 'tallies.updateItem', { id: hotline.id, active: false });
    expect(ok<TallyDay>(core, 'tallies.day', { date: DAY }).totals).toEqual({ [knock.id]: 19 });
    expect(core.ctx.db.prepare('SELECT COUNT(*) FROM tally_values').pluck().get()).toBe(3);
  });

  it('refuses a date that is not a day', () => {
    const core = openTestApp();
    expect(fail(core, 'tallies.day', { date: '2026-02-30' }).message).toContain('没有这一天');
    expect(fail(core, 'tallies.day', { date: '11/23' }).message).toContain('日期应写成');
    expect(fail(core, 'tallies.day', {}).code).toBe('BAD_INPUT');
  });
});

describe('saving tallies', () => {
  it('changes and clears cells, keeps unchanged ones (and their who/when), and audits the changes only', () => {
    const { core, a, b, knock, hotline } = withData();
    ok(core, 'tallies.save', {
      date: DAY,
      cells: [
        { communityId: a.id, itemId: knock.id, value: 12 },
        { communityId: b.id, itemId: knock.id, value: 7 },
      ],
    });
    core.ctx.now = () => new Date('2026-11-23T17:05:00+08:00');
    const result = ok<TallySaveResult>(core, 'tallies.save', {
      date: DAY,
      cells: [
        { communityId: a.id, itemId: knock.id, value: 12 },
        { communityId: b.id, itemId: knock.id, value: null },
        { communityId: b.id, itemId: hotline.id, value: 0 },
      ],
    });
    expect(result).toMatchObject({ saved: 1, cleared: 1 });
    expect(result.day.rows[0]!.cells[knock.id]!.enteredAt).toBe('2026-11-23 09:30');
    expect(result.day.rows[1]!.cells).toEqual({
      [hotline.id]: { value: 0, enteredBy: '测试员', enteredAt: '2026-11-23 17:05' },
    });
    expect(result.day.totals).toEqual({ [knock.id]: 12, [hotline.id]: 0 });

    const rows = auditRows(core, 'tallies.save');
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatchObject({ at: '2026-11-23 17:05:00', operator: '测试员', entity: 'tally_day' });
    expect(JSON.parse(rows[1]!.before!)).toEqual({
      date: DAY,
      cells: [
        { community: '柳影社区', item: '敲门入户户数', value: 7 },
        { community: '柳影社区', item: '热线接听件数', value: null },
      ],
    });
    expect(JSON.parse(rows[1]!.after!)).toEqual({
      date: DAY,
      cells: [
        { community: '柳影社区', item: '敲门入户户数', value: null },
        { community: '柳影社区', item: '热线接听件数', value: 0 },
      ],
    });

    // Nothing changed: nothing written, nothing logged.
    expect(
      ok<TallySaveResult>(core, 'tallies.save', {
        date: DAY,
        cells: [{ communityId: a.id, itemId: knock.id, value: 12 }],
      }),
    ).toMatchObject({ saved: 0, cleared: 0 });
    expect(auditRows(core, 'tallies.save')).toHaveLength(2);
  });

  it('refuses a fraction, a negative or too large a value naming the cell, and writes none of the batch', () => {
    const { core, a, b, knock, hotline } = withData();
    for (const [value, shown] of [
      [1.5, '1.5'],
      [-1, '-1'],
      [1_000_001, '1000001'],
    ] as const) {
      const refused = fail(core, 'tallies.save', {
        date: DAY,
        cells: [
          { communityId: a.id, itemId: knock.id, value: 5 },
          { communityId: b.id, itemId: hotline.id, value },
        ],
      });
      expect(refused).toEqual({
        ok: false,
        code: 'BAD_INPUT',
        message: `柳影社区的“热线接听件数”填的是 ${shown}，应是 0 到 1000000 之间的整数。请改正后再保存。`,
      });
    }
    expect(
      fail(core, 'tallies.save', { date: DAY, cells: [{ communityId: a.id, itemId: knock.id, value: '5' }] }).message,
    ).toContain('工作量必须是数字');
    expect(
      fail(core, 'tallies.save', { date: DAY, cells: [{ communityId: 99, itemId: knock.id, value: 5 }] }).code,
    ).toBe('NOT_FOUND');
    expect(fail(core, 'tallies.save', { date: DAY, cells: [{ communityId: a.id, itemId: 99, value: 5 }] }).code).toBe(
      'NOT_FOUND',
    );
    expect(
      ok<TallySaveResult>(core, 'tallies.save', {
        date: DAY,
        cells: [{ communityId: a.id, itemId: knock.id, value: 1_000_000 }],
      }).saved,
    ).toBe(1);
    expect(core.ctx.db.prepare('SELECT COUNT(*) FROM tally_values').pluck().get()).toBe(1);
    expect(auditRows(core, 'tallies.save')).toHaveLength(1);
  });

  it('the database itself refuses a negative or fractional value', () => {
    const { core, a, knock } = withData();
    const insert = core.ctx.db.prepare(
      "INSERT INTO tally_values (day, community_id, item_id, value, entered_by, entered_at) VALUES (?, ?, ?, ?, 'x', 'x')",
    );
    expect(() => insert.run(DAY, a.id, knock.id, -1)).toThrow(/CHECK/);
    expect(() => insert.run(DAY, a.id, knock.id, 1.5)).toThrow(/CHECK/);
  });
});

describe('roles', () => {
  function signedIn() {
    const core = openTestApp({ session: 'interactive' });
    ok(core, 'auth.setup', { name: '张主任', password: 'secret-1' });
    const a = ok<Community>(core, 'communities.add', { name: '湖东社区' });
    const knock = ok<TallyItem>(core, 'tallies.addItem', { name: '敲门入户户数', unit: '户' });
    ok(core, 'operators.add', { name: '王录入', role: '录入员', password: 'secret-2' });
    ok(core, 'operators.add', { name: '赵查看', role: '查看', password: 'secret-3' });
    const as = (name: string, password: string) => ok(core, 'auth.login', { name, password });
    return { core, a, knock, as };
  }

  it('录入员 enters values, named in the cell and the log, but does not manage items', () => {
    const { core, a, knock, as } = signedIn();
    as('王录入', 'secret-2');
    const day = ok<TallySaveResult>(core, 'tallies.save', {
      date: DAY,
      cells: [{ communityId: a.id, itemId: knock.id, value: 4 }],
    }).day;
    expect(day.rows[0]!.cells[knock.id]!.enteredBy).toBe('王录入');
    expect(auditRows(core, 'tallies.save')[0]!.operator).toBe('王录入');
    for (const [method, input] of [
      ['tallies.addItem', { name: '消杀处数', unit: '处' }],
      ['tallies.updateItem', { id: knock.id, active: false }],
      ['tallies.moveItem', { id: knock.id, direction: 'down' }],
      ['tallies.removeItem', { id: knock.id }],
    ] as const) {
      expect(fail(core, method, input).code, method).toBe('FORBIDDEN');
    }
  });

  it('查看 reads the items and the day, but cannot save', () => {
    const { core, a, knock, as } = signedIn();
    as('赵查看', 'secret-3');
    expect(ok<TallyItem[]>(core, 'tallies.items')).toHaveLength(1);
    expect(ok<TallyDay>(core, 'tallies.day', { date: DAY }).rows).toHaveLength(1);
    const refused = fail(core, 'tallies.save', {
      date: DAY,
      cells: [{ communityId: a.id, itemId: knock.id, value: 4 }],
    });
    expect(refused.code).toBe('FORBIDDEN');
    expect(refused.message).toMatch(/赵查看/);
    expect(core.ctx.db.prepare('SELECT COUNT(*) FROM tally_values').pluck().get()).toBe(0);
  });
});

describe('a community with tallies', () => {
  it('is not removed while a day holds its numbers, and the refusal says which days', () => {
    const { core, a, knock } = withData();
    ok<TallySaveResult>(core, 'tallies.save', {
      date: DAY,
      cells: [{ communityId: a.id, itemId: knock.id, value: 3 }],
    });
    const refused = fail(core, 'communities.remove', { id: a.id });
    expect(refused.code).toBe('IN_USE');
    expect(refused.message).toContain('每日工作量记录');
    expect(refused.message).toContain(DAY);
  });
});
