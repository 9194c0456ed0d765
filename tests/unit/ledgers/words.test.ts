import { describe, expect, it } from 'vitest';
import { matchHeader } from '../../../electron/core/excel/import/synonyms';
import { getKind } from '../../../electron/core/ledgers/kinds';
import { rememberedChoices, rememberValueChoices } from '../../../electron/core/ledgers/words';
import type { KindWords } from '../../../shared/domain/ledgers/words';
import type { Entry, LedgerKind } from '../../../shared/domain/ledgers/types';
import { manId, womanId } from '../ids';
import { fail, ok, openTestApp } from '../helpers';
import { addEntry, seedPlaces } from './seed';

function setup() {
  const core = openTestApp();
  seedPlaces(core);
  const kind = ok<LedgerKind>(core, 'kinds.add', {
    name: '残疾人',
    fields: [
      { label: '残疾等级', type: 'choice', options: ['一级', '二级', '三级', '四级'] },
      { label: '辅具', type: 'multi', options: ['轮椅', '助听器', '拐杖'] },
      { label: '是否低保', type: 'bool' },
      { label: '监护人', type: 'text' },
    ],
  });
  return { core, kind };
}

const auditRows = (core: ReturnType<typeof openTestApp>, method: string) =>
  core.ctx.db.prepare('SELECT before, after FROM audit_log WHERE method = ?').all(method) as {
    before: string | null;
    after: string | null;
  }[];

describe('staff words for a kind (kind_words)', () => {
  it('are stored per target, merged into the kind every consumer reads, and audited', () => {
    const { core, kind } = setup();
    const saved = ok<KindWords>(core, 'kinds.setWords', {
      kind: kind.key,
      targets: [
        {
          target: 'fields.f1',
          aliases: ['残疾级别'],
          optionWords: { 一级: ['1级', '壹级'], 二级: ['2级'] },
          otherWords: ['待评定'],
        },
        { target: 'fields.f3', optionWords: { 是: ['享受低保'], 否: ['未享受'] } },
        { target: 'community', aliases: ['所在村居委'] },
      ],
    });
    expect(saved.targets).toEqual([
      { target: 'community', aliases: ['所在村居委'], optionWords: {}, otherWords: [] },
      {
        target: 'fields.f1',
        aliases: ['残疾级别'],
        optionWords: { 一级: ['1级', '壹级'], 二级: ['2级'] },
        otherWords: ['待评定'],
      },
      { target: 'fields.f3', aliases: [], optionWords: { 是: ['享受低保'], 否: ['未享受'] }, otherWords: [] },
    ]);
    expect(ok<KindWords>(core, 'kinds.words', { kind: kind.key })).toEqual(saved);

    const def = getKind(core.ctx, kind.key);
    expect(def.commonAliases).toEqual({ community: ['所在村居委'] });
    expect(def.fields[0]).toMatchObject({ aliases: ['残疾级别'], otherWords: ['待评定'] });
    // Forms read kinds.list: the words are there too.
    const listed = ok<LedgerKind[]>(core, 'kinds.list').find((k) => k.key === kind.key)!;
    expect(listed.fields[0]!.optionWords).toEqual({ 一级: ['1级', '壹级'], 二级: ['2级'] });

    // Validation (forms, API, import) resolves through them.
    const entry = addEntry(core, {
      kind: kind.key,
      name: '张伟',
      idNumber: manId('19800101'),
      fields: { f1: '壹级', f3: '享受低保' },
    });
    expect(entry.fields).toEqual({ f1: '一级', f3: true });

    // The import's header matching uses the aliases, common ones included.
    expect(matchHeader('残疾级别', def.fields, def.commonAliases)).toEqual({ target: 'fields.f1', strength: 2 });
    expect(matchHeader('所在村居委', def.fields, def.commonAliases)).toEqual({ target: 'community', strength: 2 });

    const [audit] = auditRows(core, 'kinds.setWords');
    expect(JSON.parse(audit!.before!)).toEqual({ kind: kind.key, targets: [] });
    expect(JSON.parse(audit!.after!)).toEqual(saved);
  });

  it('replace only the targets given; an empty list clears a target', () => {
    const { core, kind } = setup();
    ok(core, 'kinds.setWords', {
      kind: kind.key,
      targets: [
        { target: 'fields.f1', optionWords: { 一级: ['1级'] } },
        { target: 'fields.f2', optionWords: { 轮椅: ['电动轮椅'] } },
      ],
    });
    const after = ok<KindWords>(core, 'kinds.setWords', {
      kind: kind.key,
      targets: [{ target: 'fields.f1', optionWords: {} }],
    });
    expect(after.targets.map((t) => t.target)).toEqual(['fields.f2']);
  });

  it('work for the built-in kinds too, beside the words they ship; a staff word may take a shipped one', () => {
    const core = openTestApp();
    seedPlaces(core);
    expect(getKind(core.ctx, 'dialysis').fields[0]!.optionWords!['血透']).toContain('透析');
    ok(core, 'kinds.setWords', {
      kind: 'dialysis',
      targets: [{ target: 'fields.dialysisType', aliases: ['透析形式'], optionWords: { 腹透: ['透析', '居家透析'] } }],
    });
    const type = getKind(core.ctx, 'dialysis').fields[0]!;
    expect(type.optionWords!['血透']).not.toContain('透析');
    expect(type.optionWords!['腹透']).toEqual(['腹膜透析', 'PD', 'CAPD', 'APD', '透析', '居家透析']);
    const entry = addEntry(core, {
      kind: 'dialysis',
      name: '李强',
      idNumber: manId('19750302'),
      fields: { dialysisType: '居家透析' },
    });
    expect(entry.fields.dialysisType).toBe('腹透');
    // The built-in field list itself is unchanged.
    expect(getKind(core.ctx, 'dialysis').fields.map((f) => f.key)[0]).toBe('dialysisType');
  });

  it('refuse what cannot be meant, with a message that says why', () => {
    const { core, kind } = setup();
    const set = (targets: unknown[]) => fail(core, 'kinds.setWords', { kind: kind.key, targets }).message;
    expect(set([{ target: 'fields.f4', optionWords: { 一级: ['x'] } }])).toContain('“监护人”不是选择题');
    expect(set([{ target: 'fields.f1', optionWords: { 五级: ['x'] } }])).toContain('没有“五级”这个选项');
    expect(set([{ target: 'fields.f1', optionWords: { 一级: ['二级'] } }])).toContain(
      '“二级”是“残疾等级”的选项“二级”本身',
    );
    expect(set([{ target: 'fields.f1', optionWords: { 一级: ['甲'], 二级: ['甲'] } }])).toContain('填了两处');
    expect(set([{ target: 'fields.f9', aliases: ['x'] }])).toContain('没有“fields.f9”这一项');
    expect(set([{ target: 'status', aliases: ['x'] }])).toContain('没有“status”这一项');
    expect(set([{ target: 'fields.f4', aliases: ['社区'] }])).toContain('表头“社区”已经对应“社区”');
    ok(core, 'kinds.setWords', { kind: kind.key, targets: [{ target: 'fields.f4', aliases: ['监护人姓名'] }] });
    expect(set([{ target: 'fields.f2', aliases: ['监护人姓名'] }])).toContain('已用于“监护人”');
    expect(fail(core, 'kinds.setWords', { kind: 'nosuch', targets: [] }).code).toBe('NOT_FOUND');
  });

  it('go with the kind when it is removed', () => {
    const { core, kind } = setup();
    ok(core, 'kinds.setWords', { kind: kind.key, targets: [{ target: 'fields.f4', aliases: ['监护人姓名'] }] });
    ok(core, 'kinds.remove', { key: kind.key });
    expect(core.ctx.db.prepare('SELECT COUNT(*) FROM kind_words').pluck().get()).toBe(0);
  });

  it('are admin-only, like the other kind settings', () => {
    const core = openTestApp({ session: 'interactive' });
    expect(fail(core, 'kinds.words', { kind: 'pregnant' }).code).not.toBe('BAD_INPUT');
  });
});

describe('rememberValueChoices', () => {
  it('keeps what 值对应 decided as option words and other words, for later imports and forms', () => {
    const { core, kind } = setup();
    const written = core.ctx.db.transaction(() =>
      rememberValueChoices(core.ctx, kind.key, [
        { target: 'fields.f1', value: '1级', choice: '一级' },
        { target: 'fields.f1', value: '待评定', choice: 'extra' },
        { target: 'fields.f1', value: '二级', choice: '二级' }, // the option itself: nothing to keep
        { target: 'fields.f2', value: '电动轮椅', choice: '轮椅' },
        { target: 'fields.f3', value: '享受', choice: '是' },
        { target: 'fields.f4', value: 'x', choice: 'extra' }, // a text field: no words
        { target: 'fields.f1', value: '特级', choice: '五级' }, // no such option
        { target: 'fields.f9', value: 'x', choice: 'extra' }, // no such field
      ]),
    )();
    expect(written).toBe(4);
    const words = ok<KindWords>(core, 'kinds.words', { kind: kind.key });
    expect(words.targets).toEqual([
      { target: 'fields.f1', aliases: [], optionWords: { 一级: ['1级'] }, otherWords: ['待评定'] },
      { target: 'fields.f2', aliases: [], optionWords: { 轮椅: ['电动轮椅'] }, otherWords: [] },
      { target: 'fields.f3', aliases: [], optionWords: { 是: ['享受'] }, otherWords: [] },
    ]);
    const def = getKind(core.ctx, kind.key);
    expect(def.fields[0]!.otherWords).toEqual(['待评定']);
    const entry = ok<Entry>(core, 'entries.add', {
      kind: kind.key,
      community: '湖东社区',
      name: '王芳',
      idNumber: womanId('19900405'),
      fields: { f1: '1级', f2: '电动轮椅、拐杖', f3: '享受' },
    });
    expect(entry.fields).toEqual({ f1: '一级', f2: ['轮椅', '拐杖'], f3: true });
    expect(auditRows(core, 'kinds.rememberValues')).toHaveLength(1);
    const remembered = rememberedChoices(core.ctx, kind.key);
    expect(remembered('fields.f1', ' 1级 ')).toBe('一级');
    expect(remembered('fields.f1', '待评定')).toBe('extra');
    expect(remembered('fields.f1', '壹级')).toBeUndefined();

    // A later choice for the same value replaces the earlier one; nothing new, no audit row.
    core.ctx.db.transaction(() =>
      rememberValueChoices(core.ctx, kind.key, [{ target: 'fields.f1', value: '1级', choice: 'extra' }]),
    )();
    expect(getKind(core.ctx, kind.key).fields[0]).toMatchObject({ otherWords: ['1级', '待评定'] });
    expect(rememberValueChoices(core.ctx, kind.key, [{ target: 'fields.f1', value: '１级', choice: 'extra' }])).toBe(0);
    expect(auditRows(core, 'kinds.rememberValues')).toHaveLength(2);
  });
});

describe('a field removed from a kind', () => {
  it('takes its words with it', () => {
    const { core, kind } = setup();
    ok(core, 'kinds.setWords', {
      kind: kind.key,
      targets: [
        { target: 'fields.f4', aliases: ['监护人姓名'] },
        { target: 'fields.f1', optionWords: { 一级: ['1级'] } },
      ],
    });
    const keep = kind.fields.filter((f) => f.key !== 'f4');
    ok(core, 'kinds.update', {
      key: kind.key,
      name: kind.name,
      fields: keep.map(({ key, label, type, options }) => ({ key, label, type, ...(options ? { options } : {}) })),
    });
    const words = ok<KindWords>(core, 'kinds.words', { kind: kind.key });
    expect(words.targets.map((t) => t.target)).toEqual(['fields.f1']);
    // The stored field list holds no words: they live in kind_words only.
    const stored = core.ctx.db.prepare('SELECT fields FROM ledger_kinds WHERE key = ?').pluck().get(kind.key) as string;
    expect(stored).not.toContain('1级');
  });
});

describe('migration 011 (kind_words)', () => {
  it('keeps one row per word of a target, a header word to one target, and no option on a header word', () => {
    const core = openTestApp();
    const insert = core.ctx.db.prepare(
      "INSERT INTO kind_words (kind, role, target, word, word_key, option, created_at) VALUES ('dialysis', ?, ?, ?, ?, ?, '2026-11-23')",
    );
    insert.run('header', 'fields.dialysisHospital', '透析单位', '透析单位', null);
    expect(() => insert.run('header', 'fields.escort', '透析单位', '透析单位', null)).toThrow(/UNIQUE/);
    expect(() => insert.run('header', 'fields.escort', '陪同', '陪同', '血透')).toThrow(/CHECK/);
    insert.run('value', 'fields.dialysisType', '血液透析(HD)', '血液透析(hd)', '血透');
    expect(() => insert.run('value', 'fields.dialysisType', '血液透析(HD)', '血液透析(hd)', '腹透')).toThrow(/UNIQUE/);
    expect(() => insert.run('header', 'x', 'w', 'w', null)).not.toThrow();
    expect(() =>
      core.ctx.db
        .prepare(
          "INSERT INTO kind_words (kind, role, target, word, word_key, created_at) VALUES ('nosuch', 'header', 'x', 'y', 'y', '')",
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
  });
});
