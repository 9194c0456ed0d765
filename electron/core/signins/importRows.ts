/** Sign-in sheets as read from CSV/Excel: finds the header and turns each data row into a record. */
import { parseDate } from '../../../shared/domain/dates';
import { parsePhone } from '../../../shared/domain/phone';
import { parseClockTime } from '../../../shared/domain/signins/time';
import type { SigninImportError } from '../../../shared/domain/signins/types';
import { cleanName, cleanText } from '../../../shared/domain/text';
import { classifyRow, readSheets, type Cell, type SheetRow } from '../excel/read';

export interface SigninRecord {
  sheet: string;
  row: number;
  name: string;
  unit: string;
  community: string;
  phone: string | null;
  post: string;
  day: string;
  signedIn: string;
  /** Clock time 'HH:mm', or null for 未签退. */
  signedOut: string | null;
  note: string;
}

type Field = 'day' | 'name' | 'unit' | 'community' | 'phone' | 'post' | 'signedIn' | 'signedOut' | 'note';

/** Header words of each field, first match wins; compared without spaces. */
const HEADERS: [Field, RegExp][] = [
  ['day', /^(日期|签到日期|值班日期|时间日期)$/],
  ['name', /^(姓名|名字|干部姓名)$/],
  ['unit', /(派出单位|原单位|工作单位|^单位)/],
  ['community', /(下沉社区|所在社区|^社区)/],
  ['phone', /(电话|手机)/],
  ['post', /(岗位|卡点)/],
  ['signedIn', /^(签到时间|签到|到岗时间)$/],
  ['signedOut', /^(签退时间|签退|离岗时间)$/],
  ['note', /^备注/],
];

export const FIELD_LABELS: Record<Field, string> = {
  day: '日期',
  name: '姓名',
  unit: '派出单位',
  community: '下沉社区',
  phone: '联系电话',
  post: '岗位',
  signedIn: '签到时间',
  signedOut: '签退时间',
  note: '备注',
};

function headerMap(cells: Cell[]): Partial<Record<Field, number>> {
  const map: Partial<Record<Field, number>> = {};
  cells.forEach((cell, index) => {
    const text = cleanText(cell.text).replace(/\s/g, '');
    const hit = HEADERS.find(([field, re]) => map[field] === undefined && re.test(text));
    if (hit) map[hit[0]] = index;
  });
  return map;
}

const NOT_SIGNED_OUT = /^(未签退|无|没签退|—+|-+|\/)$/;

function record(
  sheet: string,
  row: SheetRow,
  map: Partial<Record<Field, number>>,
  errors: SigninImportError[],
): SigninRecord | null {
  const cell = (field: Field): Cell | undefined => (map[field] === undefined ? undefined : row.cells[map[field]!]);
  const text = (field: Field) => cleanText(cell(field)?.text ?? '');
  const fail = (field: Field, message: string) =>
    errors.push({ sheet, row: row.rowNumber, column: FIELD_LABELS[field], message });
  const before = errors.length;

  const name = cleanName(cell('name')?.text ?? '');
  if (!name) fail('name', '姓名未填写');
  const dayCell = cell('day');
  const day = parseDate(dayCell?.date ?? dayCell?.text ?? '');
  if (!day.ok) fail('day', day.error);
  const inCell = cell('signedIn');
  const signedIn = parseClockTime(inCell?.time ?? inCell?.text ?? '');
  if (!signedIn.ok) fail('signedIn', signedIn.error === '时间未填写' ? '签到时间未填写' : signedIn.error);
  const outCell = cell('signedOut');
  const outText = cleanText(outCell?.time ?? outCell?.text ?? '');
  const note = text('note');
  let signedOut: string | null = null;
  if (outText && !NOT_SIGNED_OUT.test(outText)) {
    const parsed = parseClockTime(outText);
    if (parsed.ok) signedOut = parsed.value;
    else fail('signedOut', parsed.error);
  }
  let phone: string | null = null;
  if (text('phone')) {
    const parsed = parsePhone(text('phone'));
    if (parsed.ok) phone = parsed.value;
    else fail('phone', parsed.error);
  }
  if (errors.length > before || !day.ok || !signedIn.ok) return null;
  return {
    sheet,
    row: row.rowNumber,
    name,
    unit: text('unit'),
    community: text('community'),
    phone,
    post: text('post'),
    day: day.value,
    signedIn: signedIn.value,
    signedOut,
    note: NOT_SIGNED_OUT.test(note) ? '' : note,
  };
}

/** Every sign-in record of the file's sheets that have a 姓名 and a 签到 column; errors by row and column. */
export async function readSigninRecords(
  file: string,
): Promise<{ records: SigninRecord[]; errors: SigninImportError[] }> {
  const records: SigninRecord[] = [];
  const errors: SigninImportError[] = [];
  let found = false;
  for await (const sheet of readSheets(file)) {
    let map: Partial<Record<Field, number>> | null = null;
    let width = 0;
    let seen = 0;
    for await (const row of sheet.rows) {
      if (!map) {
        if (++seen > 15) continue;
        const candidate = headerMap(row.cells);
        if (candidate.name !== undefined && candidate.signedIn !== undefined) {
          map = candidate;
          width = row.cells.length;
        }
        continue;
      }
      if (classifyRow(row.cells, width, row.merged) !== 'data') continue;
      const parsed = record(sheet.name, row, map, errors);
      if (parsed) records.push(parsed);
    }
    if (map) found = true;
    if (map && map.day === undefined) {
      errors.push({ sheet: sheet.name, row: 1, column: '日期', message: '找不到“日期”列，请在表头加上日期列' });
    }
  }
  if (!found) {
    errors.push({ sheet: '', row: 0, column: '', message: '文件中找不到签到表的表头（需要“姓名”和“签到时间”两列）。' });
  }
  return { records, errors };
}
