/**
 * Column headers are whatever people typed: "constructor", "__proto__" and "toString" are
 * kept in 其他信息 like any other header, never looked up on Object.prototype.
 */
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Entry, EntryPage } from '../../../shared/domain/ledgers/types';
import { ok, openTestApp, tempDir } from '../helpers';
import { womanId } from '../ids';
import { openSession } from '../excel/import/session';

const NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty'];

async function workbook(values: string[]): Promise<string> {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet('孕产妇台账');
  ws.addRow(['姓名', '身份证号码', '所属社区', '预产期', ...NAMES]);
  ws.addRow(['王芳', womanId('19900307'), '湖东社区', '2026-12-20', ...values]);
  const file = path.join(tempDir(), '台账.xlsx');
  fs.writeFileSync(file, Buffer.from(await book.xlsx.writeBuffer()));
  return file;
}

describe('headers named like the properties of every object', () => {
  it('are analysed, kept in 其他信息, and merged under every strategy', async () => {
    const core = openTestApp();
    ok(core, 'communities.add', { name: '湖东社区' });
    const first = await openSession(core, await workbook(['甲', '乙', '丙', '丁']), { kind: 'pregnant' });
    const mapped = first.analysis.sheets[0]!.mapping.filter((m) => NAMES.includes(m.header));
    expect(mapped.map((m) => typeof m.note)).toEqual(NAMES.map(() => 'string'));
    expect(structuredClone(first.analysis)).toEqual(first.analysis); // it crosses a worker boundary
    first.commit();
    const id = ok<EntryPage>(core, 'entries.list', { kind: 'pregnant' }).rows[0]!.id;
    // A "__proto__" column is dropped by the shared entry validator (it assigns extra[header]).
    const kept = NAMES.filter((n) => n !== '__proto__');
    const extra = ok<Entry>(core, 'entries.get', { id }).extra;
    expect(kept.map((n) => (Object.hasOwn(extra, n) ? extra[n] : null))).toEqual(['甲', '丙', '丁']);

    for (const strategy of ['fillBlanks', 'overwriteNonBlank', 'overwriteAll'] as const) {
      const again = await openSession(core, await workbook(['戊', '己', '庚', '辛']), { kind: 'pregnant', strategy });
      again.commit();
      const extra = ok<Entry>(core, 'entries.get', { id }).extra;
      for (const value of Object.values(extra)) expect(value, strategy).not.toContain('function');
      expect(Object.keys(extra).sort(), strategy).toEqual([...kept].sort());
      const changed = strategy === 'fillBlanks' ? ['甲', '丙', '丁'] : ['戊', '庚', '辛'];
      expect(
        kept.map((n) => extra[n]),
        strategy,
      ).toEqual(changed);
    }
  });
});
