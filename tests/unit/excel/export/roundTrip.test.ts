/**
 * An unmasked export read back through the import's own reading layer gives every stored value:
 * dates as date cells, ID numbers as 18-character text, phones as text.
 */
import { describe, expect, it } from 'vitest';
import { detectHeader, readSheets, type Cell, type SheetRow } from '../../../../electron/core/excel/read/index';
import type { EntryRow } from '../../../../electron/core/ledgers/entryRows';
import { formatPhones, parseLabelledPhones, phoneNotesOf } from '../../../../shared/domain/phone';
import { formatWeekdays } from '../../../../shared/domain/weekdays';
import type { EntryPage } from '../../../../shared/domain/ledgers/types';
import { ok, openTestApp } from '../../helpers';
import { exportLedger, seedLedgers } from './helpers';

async function readBack(file: string): Promise<SheetRow[]> {
  const rows: SheetRow[] = [];
  for await (const sheet of readSheets(file)) for await (const row of sheet.rows) rows.push(row);
  return rows;
}

type PhoneNotes = Record<string, string>;

/** What each header's cell must hold for a stored entry (null: an empty cell). */
function expected(
  row: EntryRow,
  serial: number,
): Record<string, { kind: Cell['kind']; value: string | number } | null> {
  const fields = JSON.parse(row.fields) as Record<string, unknown>;
  const extra = JSON.parse(row.extra) as Record<string, string>;
  const text = (v: unknown) =>
    v === undefined || v === null || v === '' ? null : { kind: 'text' as const, value: String(v) };
  const date = (v: unknown) => (v ? { kind: 'date' as const, value: String(v) } : null);
  return {
    序号: { kind: 'number', value: serial },
    姓名: text(row.name),
    身份证号: text(row.id_number),
    性别: text(row.gender),
    出生日期: date(row.birth_date),
    联系电话: text(formatPhones(JSON.parse(row.phones) as string[], JSON.parse(row.phone_notes) as PhoneNotes)),
    社区: text(row.community_name),
    网格: text(row.grid_name),
    现住址: text(row.address),
    末次月经: date(fields.lastMenstrualDate),
    预产期: date(fields.dueDate),
    产检医院: text(fields.prenatalHospital),
    妊娠风险等级: text(fields.riskLevel),
    高危因素: text(fields.riskFactors),
    分娩日期: date(fields.deliveryDate),
    紧急联系人: text(fields.emergencyContact),
    包保干部: text(row.cadre),
    备注: text(row.note),
    状态: text(row.status),
    结案原因: text(row.close_reason),
    结案日期: date(row.closed_at),
    结案说明: text(row.close_note),
    孕周: text(extra.孕周),
    户籍地: text(extra.户籍地),
    工作单位: text(extra.工作单位),
  };
}

const got = (cell: Cell | undefined) => {
  if (!cell || cell.kind === 'empty') return null;
  if (cell.kind === 'date') return { kind: cell.kind, value: cell.date! };
  if (cell.kind === 'number') return { kind: cell.kind, value: cell.number! };
  return { kind: cell.kind, value: cell.text };
};

describe('exports.ledger round trip', () => {
  it('reads back, through the reading layer, every value the database holds', async () => {
    const core = openTestApp();
    seedLedgers(core);
    const { path } = await exportLedger(core, { kind: 'pregnant', status: '全部', mask: false });
    const rows = await readBack(path);
    const dbRows = core.ctx.db
      .prepare(
        `SELECT e.*, c.name AS community_name, g.name AS grid_name FROM entries e
           JOIN communities c ON c.id = e.community_id LEFT JOIN grids g ON g.id = e.grid_id
          WHERE e.kind = 'pregnant' ORDER BY e.id`,
      )
      .all() as EntryRow[];
    const labels = Object.keys(expected(dbRows[0]!, 1));
    const header = detectHeader(rows, (h) => labels.includes(h));
    expect(header).toMatchObject({
      headerRowNumber: 3,
      title: '南湖街道孕产妇台账',
      unit: '南湖街道',
      reportDate: '2026年11月23日',
    });
    expect(header!.columns.map((c) => c.header)).toEqual(labels);

    const data = rows.filter((r) => r.rowNumber > 3);
    expect(data).toHaveLength(dbRows.length);
    let checked = 0;
    dbRows.forEach((dbRow, i) => {
      const want = expected(dbRow, i + 1);
      for (const column of header!.columns) {
        expect(got(data[i]!.cells[column.index]), `${dbRow.name} ${column.header}`).toEqual(want[column.header]);
        checked++;
      }
    });
    expect(checked).toBe(3 * labels.length);
    // The 联系电话 cell reads back to the numbers and the notes stored.
    const phoneColumn = header!.columns.find((c) => c.header === '联系电话')!.index;
    const readPhones = dbRows.map((dbRow, i) => {
      const cell = data[i]!.cells[phoneColumn];
      const parsed = parseLabelledPhones(cell?.kind === 'text' ? cell.text : null);
      const stored = {
        phones: JSON.parse(dbRow.phones) as string[],
        notes: JSON.parse(dbRow.phone_notes) as PhoneNotes,
      };
      if (!parsed.ok) return stored.phones.length === 0;
      return (
        JSON.stringify(parsed.value.map((p) => p.number)) === JSON.stringify(stored.phones) &&
        JSON.stringify(phoneNotesOf(parsed.value)) === JSON.stringify(stored.notes)
      );
    });
    expect(readPhones).toEqual([true, true, true]);
    expect(JSON.parse(dbRows[0]!.phone_notes)).toEqual({ '13904312222': '本人', '15896427167': '丈夫' });
    // The ID number is the full 18 characters, never a number.
    expect(data[0]!.cells[2]).toMatchObject({ kind: 'text' });
    expect(data[0]!.cells[2]!.text).toHaveLength(18);
  });

  it('keeps the order, filters and search of the view the user sees', async () => {
    const core = openTestApp();
    seedLedgers(core);
    const view = { kind: 'pregnant', status: '全部', sort: { field: 'name', order: 'descend' } } as const;
    const listed = ok<EntryPage>(core, 'entries.list', view).rows.map((r) => r.name);
    const { path } = await exportLedger(core, view);
    const names = (await readBack(path)).filter((r) => r.rowNumber > 3).map((r) => r.cells[1]!.text);
    expect(names).toEqual(listed);
    expect(names).toEqual(['吴凤', '王芳', '李丽']);

    const searched = await exportLedger(core, { kind: 'pregnant', q: 'wf', status: '全部' });
    expect((await readBack(searched.path)).filter((r) => r.rowNumber > 3).map((r) => r.cells[1]!.text)).toEqual([
      '王芳',
      '吴凤',
    ]);
    const filtered = await exportLedger(core, {
      kind: 'pregnant',
      filters: { riskLevel: '绿' },
      community: '柳影社区',
    });
    expect((await readBack(filtered.path)).filter((r) => r.rowNumber > 3).map((r) => r.cells[1]!.text)).toEqual([
      '李丽',
    ]);
  });

  it('writes weekday sets as 周一、三、五 and reads them back so', async () => {
    const core = openTestApp();
    seedLedgers(core);
    const { path } = await exportLedger(core, { kind: 'dialysis', mask: false });
    const rows = await readBack(path);
    const header = rows.find((r) => r.rowNumber === 3)!.cells.map((c) => c.text);
    const days = rows.find((r) => r.rowNumber === 4)!.cells[header.indexOf('透析日')]!;
    expect(days).toMatchObject({ kind: 'text', text: formatWeekdays([1, 3, 5]) });
  });
});
