import { describe, expect, it } from 'vitest';
import type { StagedFile } from '../../../../shared/platform';
import { womanId } from '../../ids';
import { ok, openTestApp } from '../../helpers';
import { addEntry, seedPlaces } from '../../ledgers/seed';
import { loadSheet, stagedPath } from './helpers';

const COUNT = 2500;

describe('exports.ledger streaming', () => {
  it('writes rows chunk after chunk, in order, and leaves the database free between chunks', async () => {
    const core = openTestApp();
    seedPlaces(core);
    core.ctx.db.transaction(() => {
      for (let i = 0; i < COUNT; i++) {
        const birth = `19${70 + Math.floor(i / 400)}0101`;
        addEntry(core, {
          kind: 'pregnant',
          name: `孕妇${i}`,
          idNumber: womanId(birth, (i % 400) + 1),
          fields: { dueDate: '2027-01-15' },
        });
      }
    })();

    const pending = core.invoke('exports.ledger', { kind: 'pregnant', mask: false });
    expect(pending).toBeInstanceOf(Promise);
    // The export is now waiting between chunks: other calls still get the database.
    const added = addEntry(core, { kind: 'pregnant', name: '新来的', idNumber: womanId('19990101') });
    expect(ok(core, 'entries.get', { id: added.id })).toMatchObject({ name: '新来的' });

    const result = await pending;
    if (!result.ok) throw new Error(result.message);
    const sheet = await loadSheet(stagedPath(core, result.value as StagedFile));
    expect(sheet.rowCount).toBe(3 + COUNT);
    for (const n of [1, 1000, 1001, 2000, 2001, COUNT]) {
      expect(sheet.getCell(`A${n + 3}`).value).toBe(n);
      expect(sheet.getCell(`B${n + 3}`).value).toBe(`孕妇${n - 1}`);
    }
  });
});
