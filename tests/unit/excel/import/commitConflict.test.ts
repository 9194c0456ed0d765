import path from 'node:path';
import { expect, it } from 'vitest';
import type { EntryPage } from '../../../../shared/domain/ledgers/types';
import { AppError } from '../../../../shared/errors';
import { ok, openTestApp } from '../../helpers';
import { fixtures, openSession, openStagedSession } from './session';

it.each([
  ['row by row', openSession],
  ['from the staging table', openStagedSession],
])(
  'an entry added between the preview and the commit stops the commit (%s) with its message, and nothing is written',
  async (_, open) => {
    const core = openTestApp();
    const { session, commit } = await open(core, path.join(fixtures, '孕产妇台账-湖东社区.xlsx'));
    const planned = session.items.filter((i) => i.status === 'new');
    const taken = planned[planned.length - 1]!.target!;
    ok(core, 'communities.add', { name: taken.community });
    ok(core, 'entries.add', { kind: 'pregnant', name: '另一人', idNumber: taken.idNumber, community: taken.community });

    let error: unknown;
    try {
      commit();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('已有在册记录（另一人') });
    const entries = ok<EntryPage>(core, 'entries.list', { kind: 'pregnant', status: '全部', limit: 100 });
    expect(entries.rows.map((e) => e.name)).toEqual(['另一人']);
  },
);
