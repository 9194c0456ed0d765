/**
 * People -> a sheet model (rows of cells, merges) and the truth of what importing it must give.
 *
 * A model is { sheets: [{ name, rows: cell[][], merges: ['A1:N1', …] }], date1904? }. A cell: null (empty) |
 * string | number | boolean | { date: 'YYYY-MM-DD', fmt } (a date-formatted serial) | { f, v } (a formula
 * and its cached value).
 */

/** Header word -> the person's value it shows. 'extra' columns map to no field (kept under their header). */
export const HEADER_KEYS = {
  序号: 'seq',
  '序  号': 'seq',
  姓名: 'name',
  '姓　名': 'name',
  身份证号码: 'idNumber',
  身份证号: 'idNumber',
  '身份证号码（18位）': 'idNumber',
  '联系\n电话': 'phones',
  公民身份号码: 'idNumber',
  联系电话: 'phones',
  手机号: 'phones',
  联系方式: 'phones',
  所属社区: 'community',
  社区: 'community',
  网格: 'grid',
  所属网格: 'grid',
  现住址: 'address',
  居住地址: 'address',
  包保干部: 'cadre',
  包保人: 'cadre',
  联系干部: 'cadre',
  备注: 'note',
  末次月经: 'lastMenstrualDate',
  末次月经时间: 'lastMenstrualDate',
  预产期: 'dueDate',
  预计分娩日期: 'dueDate',
  产检医院: 'prenatalHospital',
  妊娠风险等级: 'riskLevel',
  高危因素: 'riskFactors',
  透析方式: 'dialysisType',
  透析类型: 'dialysisType',
  透析医院: 'dialysisHospital',
  透析机构: 'dialysisHospital',
  就诊医院: 'dialysisHospital',
  透析频次: 'dialysisDays',
  透析时段: 'dialysisSession',
  交通方式: 'transport',
  陪护人: 'escort',
  基础疾病: 'conditions',
  户籍地: 'extra',
  户籍所在地: 'extra',
  是否建档: 'extra',
};
const COMMON_KEYS = new Set(['name', 'idNumber', 'phones', 'community', 'grid', 'address', 'cadre', 'note']);
const DATE_KEYS = new Set(['lastMenstrualDate', 'dueDate', 'deliveryDate']);

export const PREGNANT_HEADER = [
  '序号',
  '姓名',
  '身份证号码',
  '联系电话',
  '所属社区',
  '网格',
  '现住址',
  '末次月经',
  '预产期',
  '产检医院',
  '妊娠风险等级',
  '高危因素',
  '包保干部',
  '备注',
];
export const DIALYSIS_HEADER = [
  '序号',
  '姓名',
  '身份证号码',
  '联系电话',
  '所属社区',
  '网格',
  '现住址',
  '透析方式',
  '透析医院',
  '透析频次',
  '透析时段',
  '交通方式',
  '陪护人',
  '基础疾病',
  '包保干部',
  '备注',
];

/** Column letters of a 0-based index. */
export function colName(i) {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** The cell a person shows under a header, unless the person's $cells say otherwise. */
function defaultCell(p, header, seq) {
  const key = HEADER_KEYS[header];
  if (key === undefined) throw new Error(`no key for header ${header}`);
  if (key === 'seq') return seq;
  if (key === 'extra') return p.extra[header] ?? null;
  if (key === 'phones') return p.phones.length ? p.phones.join('/') : null;
  if (COMMON_KEYS.has(key)) return p[key] || null;
  const value = p.fields[key];
  if (value === undefined) return null;
  if (DATE_KEYS.has(key)) return { date: value, fmt: 'yyyy-mm-dd' };
  if (key === 'dialysisDays') return p.$daysText;
  return value;
}

/**
 * The stored entry a person should become: canonical keys, $-marked layout notes left out, and what
 * the sheet has no column for left blank (the community excepted: a sheet name or title gives it).
 */
function entryOf(p, at, header) {
  const shown = new Set(header.map((h) => HEADER_KEYS[h]));
  const entry = { at };
  for (const [key, value] of Object.entries(p)) if (!key.startsWith('$')) entry[key] = structuredClone(value);
  for (const key of ['grid', 'address', 'cadre', 'note']) if (!shown.has(key)) entry[key] = key === 'grid' ? null : '';
  if (!shown.has('phones')) entry.phones = [];
  for (const key of Object.keys(entry.fields)) if (!shown.has(key)) delete entry.fields[key];
  for (const key of Object.keys(entry.extra)) if (!header.includes(key)) delete entry.extra[key];
  if (entry.grid === '') entry.grid = null;
  return entry;
}

/**
 * One ledger sheet. rows: people (objects), BLANK (an empty row) or { raw: [cells] } (a line that is no
 * data: totals, signatures, notes). A person may carry:
 *   $cells {header: cell}      what the file shows instead of the default
 *   $error header              the row must be refused, for this column
 *   $warn 'ditto'|'extra'      stored with a warning (a ditto mark filled; a value kept in 其他信息)
 *   $duplicate true            a later row (maybe on another sheet) has the same ID number and wins
 *   $mergeAcross [from, to]    a cell merged across these header columns on this row
 * mergeDown: headers whose equal consecutive values are one cell merged down (the rows below its first
 * are stored with a 'merged' warning).
 */
export function ledgerSheet(spec) {
  const { name, header, rows: list } = spec;
  const width = header.length;
  const rows = [];
  const merges = [...(spec.merges ?? [])];
  const truth = { entries: [], errors: [], duplicates: [], warnings: [] };
  if (spec.title) {
    rows.push([spec.title, ...Array(width - 1).fill(null)]);
    merges.push(`A1:${colName(width - 1)}1`);
  }
  for (const line of spec.above ?? []) rows.push(line);
  if (spec.groupHeader) {
    // Two header rows: group cells merged across in the first, their sub-headers below; the other
    // headers merged down over both rows.
    const top = rows.length + 1;
    const first = [];
    const second = [];
    let c = 0;
    for (const part of spec.groupHeader) {
      if (typeof part === 'string') {
        first.push(part);
        second.push(null);
        merges.push(`${colName(c)}${top}:${colName(c)}${top + 1}`);
        c++;
      } else {
        const [group, subs] = part;
        first.push(group, ...Array(subs.length - 1).fill(null));
        second.push(...subs);
        merges.push(`${colName(c)}${top}:${colName(c + subs.length - 1)}${top}`);
        c += subs.length;
      }
    }
    rows.push(first, second);
  } else rows.push([...header]);
  const headerRow = rows.length;

  let seq = 0;
  const people = [];
  for (const item of list) {
    if (item === BLANK) {
      rows.push([]);
      continue;
    }
    if (item.raw) {
      rows.push(item.raw);
      continue;
    }
    const p = item;
    const rowNumber = rows.length + 1;
    seq++;
    const cells = header.map((h) => (p.$cells && h in p.$cells ? p.$cells[h] : defaultCell(p, h, seq)));
    if (p.$mergeAcross) {
      const [from, to] = p.$mergeAcross.map((h) => header.indexOf(h));
      // The merged cell's value belongs to its first column; the columns it covers are blank.
      for (let c = from + 1; c <= to; c++) {
        cells[c] = null;
        const key = HEADER_KEYS[header[c]];
        if (key === 'grid') p.grid = null;
        else if (key === 'phones') p.phones = [];
        else if (COMMON_KEYS.has(key)) p[key] = '';
        else if (key === 'extra') delete p.extra[header[c]];
        else delete p.fields[key];
      }
      merges.push(`${colName(from)}${rowNumber}:${colName(to)}${rowNumber}`);
    }
    rows.push(cells);
    people.push({ p, rowNumber, cells });
    const at = { sheet: name, row: rowNumber };
    if (p.$error) truth.errors.push({ ...at, column: p.$error });
    else if (p.$duplicate) truth.duplicates.push(at);
    else {
      truth.entries.push(entryOf(p, at, header));
      if (p.$warn) truth.warnings.push({ ...at, why: p.$warn });
    }
  }

  // Vertical merges: runs of equal values in a column become one merged cell.
  for (const h of spec.mergeDown ?? []) {
    const c = header.indexOf(h);
    let i = 0;
    while (i < people.length) {
      let j = i;
      const value = JSON.stringify(people[i].cells[c]);
      while (
        j + 1 < people.length &&
        people[j + 1].rowNumber === people[j].rowNumber + 1 &&
        JSON.stringify(people[j + 1].cells[c]) === value
      )
        j++;
      if (j > i && people[i].cells[c] !== null) {
        merges.push(`${colName(c)}${people[i].rowNumber}:${colName(c)}${people[j].rowNumber}`);
        for (let k = i + 1; k <= j; k++) {
          rows[people[k].rowNumber - 1][c] = null;
          const { p, rowNumber } = people[k];
          if (!p.$error && !p.$duplicate && !p.$warn && !truth.warnings.some((w) => w.row === rowNumber))
            truth.warnings.push({ sheet: name, row: rowNumber, why: 'merged' });
        }
      }
      i = j + 1;
    }
  }
  for (const line of spec.below ?? []) rows.push(line);
  truth.warnings.sort((a, b) => a.row - b.row);
  return { sheet: { name, rows, merges }, truth, headerRow };
}

export const BLANK = Symbol('blank');

/** Several sheets into one workbook model and its truth. */
export function workbook(kind, sheets, extraSheets = []) {
  const truth = { kind, entries: [], errors: [], duplicates: [], warnings: [] };
  for (const s of sheets) for (const key of Object.keys(s.truth)) truth[key].push(...s.truth[key]);
  return { model: { sheets: [...sheets.map((s) => s.sheet), ...extraSheets] }, truth };
}
