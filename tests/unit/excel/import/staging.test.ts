import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AppCore } from '../../../../electron/core/app';
import { copyStaged, Staging } from '../../../../electron/core/excel/import/staging';
import { ok, openTestApp } from '../../helpers';
import { fixtures, openSession, openStagedSession } from './session';

const files = ['孕产妇台账-湖东社区.xlsx', '孕产妇台账-三社区汇总.xlsx', '透析患者台账-新月路社区.xlsx'].map((f) =>
  path.join(fixtures, f),
);

const stored = (core: AppCore) => ({
  entries: core.ctx.db
    .prepare(
      `SELECT id, kind, name, id_number, gender, birth_date, phones, community_id, grid_id, address, cadre, note, status,
              fields, extra, name_pinyin, search, revision FROM entries ORDER BY id`,
    )
    .all(),
  changes: core.ctx.db.prepare('SELECT entry_id, action, before, revision FROM import_changes ORDER BY entry_id').all(),
});

describe('entries staged while the file is read', () => {
  it('are written exactly as row by row, in the file’s order, and undo takes them back', async () => {
    for (const file of files) {
      const plain = openTestApp();
      const plainResult = (await openSession(plain, file)).commit();
      const core = openTestApp();
      const { session, commit } = await openStagedSession(core, file);
      const fresh = session.items.filter((i) => i.status === 'new');
      expect(fresh.length).toBeGreaterThan(0);
      // Every new row goes in from the staging table, which alone keeps its search columns.
      expect(fresh.every((i) => i.checked.staged !== undefined && i.checked.search === undefined)).toBe(true);
      const result = commit();
      expect(result).toEqual(plainResult);
      expect(stored(core)).toEqual(stored(plain));
      ok(core, 'imports.undo', { batchId: result.batchId });
      expect(core.ctx.db.prepare('SELECT COUNT(*) FROM entries').pluck().get()).toBe(0);
    }
  });

  it('are not copied when a community they name does not exist, so the row-by-row write says why', () => {
    const core = openTestApp();
    const staging = new Staging(core.ctx.db);
    const [seq] = staging.addAll([
      {
        entry: {
          name: '王芳',
          idNumber: '110101199003074525',
          gender: '女',
          birthDate: '1990-03-07',
          phones: [],
          phoneNotes: {},
          community: '不存在社区',
          grid: null,
          address: '',
          cadre: '',
          note: '',
          fields: {},
          extra: {},
        },
        search: { namePinyin: 'wangfang', search: '王芳 wf wangfang' },
      },
    ]);
    expect(copyStaged(core.ctx.db, 'pregnant', '2022-04-18 09:00', seq!, seq!)).toBe(false);
    expect(core.ctx.db.prepare('SELECT COUNT(*) FROM entries').pluck().get()).toBe(0);
  });
});
