/**
 * Edges met in real ledgers: merged blocks and values hidden under merges, ditto marks under merges and
 * in chains, templates with pre-filled 序号 and formulas, masked and old ID numbers, marked headers.
 */
import { population } from '../people.mjs';
import { DIALYSIS_HEADER, PREGNANT_HEADER, colName, ledgerSheet, workbook } from '../layout.mjs';
import { cell, define, haemo, same } from './helpers.mjs';

define({
  id: 'merged-hidden',
  covers:
    'a block merged over 所属社区 and 网格 for four rows (the value goes down the first column only); a stale value hidden under a merged 所属社区 (LibreOffice keeps hidden contents; what shows is the merged value)',
  outputs: [
    ['sheetjs-merged-hidden.xlsx', 'sheetjs-xlsx'],
    ['raw-merged-hidden.xlsx', 'raw', {}],
  ],
  build() {
    const pop = population(141);
    const block = Array.from({ length: 4 }, () => ({ ...haemo(pop, '湖东社区'), grid: null }));
    const hidden = Array.from({ length: 4 }, () => haemo(pop, '新月路社区', '第一网格'));
    const s = ledgerSheet({ name: '透析患者', header: DIALYSIS_HEADER, rows: [...block, ...hidden] });
    // Header row 1; block rows 2-5: E2:F5 holds 湖东社区 (F2 blank). Rows 6-9: E6:E9 merged, E8 hides 柳影社区.
    s.sheet.merges.push('E2:F5', 'E6:E9');
    for (const r of [3, 4, 5]) s.sheet.rows[r - 1][4] = null;
    for (const r of [2, 3, 4, 5]) s.sheet.rows[r - 1][5] = null;
    for (const r of [7, 9]) s.sheet.rows[r - 1][4] = null;
    s.sheet.rows[8 - 1][4] = '柳影社区';
    s.truth.warnings.push(...[3, 4, 5, 7, 8, 9].map((row) => ({ sheet: '透析患者', row, why: 'merged' })));
    return workbook('dialysis', [s]);
  },
});

define({
  id: 'ditto-merged',
  covers:
    'ditto marks meeting merges: 同上 in 所属社区 under a merged cell (takes the merged value), 同上 in 透析频次 (the same weekdays), 同上 under 同上 in 透析医院 (the first mark’s value)',
  outputs: [['lo-ditto-merged.xlsx', 'lo-xlsx']],
  build() {
    const pop = population(142);
    const people = Array.from({ length: 7 }, () => haemo(pop, '柳影社区', '第二网格'));
    const ditto = (i, header, key, mark = '同上') => {
      same(people[i], people[i - 1], key);
      cell(people[i], header, mark);
      people[i].$warn = 'ditto';
    };
    ditto(3, '所属社区', 'community');
    ditto(4, '透析频次', 'dialysisDays');
    ditto(5, '透析医院', 'dialysisHospital');
    ditto(6, '透析医院', 'dialysisHospital', '〃');
    const s = ledgerSheet({ name: '透析患者', header: DIALYSIS_HEADER, rows: people });
    // Header row 1; rows 2-4 hold 柳影社区 in one merged cell, row 5 says 同上.
    s.sheet.merges.push('E2:E4');
    for (const r of [3, 4]) s.sheet.rows[r - 1][4] = null;
    s.truth.warnings.push(...[3, 4].map((row) => ({ sheet: '透析患者', row, why: 'merged' })));
    s.truth.warnings.sort((a, b) => a.row - b.row);
    return workbook('dialysis', [s]);
  },
});

define({
  id: 'template-rows',
  covers:
    'a template: 序号 pre-filled down to 15 and an 年龄 formula (cached "" on empty rows) below the data — no data; a row with a name and no ID number, a masked ID number (2201051953****0317): refused; an old 15-digit ID number: stored as its 18-digit number',
  outputs: [
    ['exceljs-template-rows.xlsx', 'exceljs'],
    ['lo-template-rows.xls', 'lo-xls'],
  ],
  build() {
    const pop = population(143);
    const header = [...PREGNANT_HEADER.slice(0, 3), '年龄', ...PREGNANT_HEADER.slice(3)];
    const people = Array.from({ length: 7 }, () => pop.pregnant('东盛社区'));
    // An old 15-digit number (born in the 1900s): converted to 18 digits (19 inserted, check character added).
    let old = pop.pregnant('东盛社区');
    while (old.birthDate >= '2000') old = pop.pregnant('东盛社区');
    people.push(old);
    const [noId, masked] = people.slice(5);
    cell(noId, '身份证号码', null);
    noId.$error = '身份证号码';
    cell(masked, '身份证号码', `${masked.idNumber.slice(0, 10)}****${masked.idNumber.slice(14)}`);
    masked.$error = '身份证号码';
    cell(old, '身份证号码', `${old.idNumber.slice(0, 6)}${old.idNumber.slice(8, 17)}`);
    const age = header.indexOf('年龄');
    const id = colName(header.indexOf('身份证号码'));
    const rows = [];
    for (let n = people.length + 1; n <= 15; n++) rows.push({ raw: [n] });
    const s = ledgerSheet({
      name: '孕产妇',
      header,
      rows: [...people.map((p) => ({ ...p, $cells: { ...p.$cells, 年龄: null } })), ...rows],
    });
    s.sheet.rows.forEach((row, i) => {
      if (i === 0) return;
      const r = i + 1;
      const text = row[header.indexOf('身份证号码')];
      const years = typeof text === 'string' && /^\d{17}[\dX]$/.test(text) ? 2022 - Number(text.slice(6, 10)) : '';
      row[age] = { f: `IF(${id}${r}="","",2022-MID(${id}${r},7,4))`, v: years };
    });
    return workbook('pregnant', [s]);
  },
});

define({
  id: 'headers-marked',
  covers:
    'a web template’s headers: required columns marked *姓名 / *身份证号码 / *所属社区, notes in brackets 联系电话（手机）/ 现住址（具体到门牌号）',
  outputs: [['sheetjs-headers-marked.xlsx', 'sheetjs-xlsx']],
  build() {
    const pop = population(144);
    const people = Array.from({ length: 5 }, () => pop.pregnant('荣光社区'));
    const header = [
      '*姓名',
      '*身份证号码',
      '联系电话（手机）',
      '*所属社区',
      '网格',
      '现住址（具体到门牌号）',
      '预产期',
      '产检医院',
      '妊娠风险等级',
      '高危因素',
      '包保干部',
    ];
    const plain = [
      '姓名',
      '身份证号码',
      '联系电话',
      '所属社区',
      '网格',
      '现住址',
      '预产期',
      '产检医院',
      '妊娠风险等级',
      '高危因素',
      '包保干部',
    ];
    const s = ledgerSheet({ name: '导入模板', header: plain, rows: people });
    s.sheet.rows[0] = header;
    return workbook('pregnant', [s]);
  },
});

define({
  id: 'phones-joined',
  covers:
    'phones joined by 或 (with labels too) and by a Chinese comma, labelled numbers with nothing between them, 本人:…,女儿:… in ASCII, a landline without its area code (85201234: flagged, kept in 其他信息)',
  outputs: [['exceljs-phones-joined.xlsx', 'exceljs']],
  build() {
    const pop = population(145);
    const people = Array.from({ length: 5 }, () => pop.pregnant('柳影社区'));
    const set = (i, text, phones) => {
      people[i].phones = phones;
      cell(people[i], '联系电话', text);
    };
    let [a, b] = [pop.mobile(), pop.mobile()];
    set(0, `${a}或${b}`, [a, b]);
    [a, b] = [pop.mobile(), pop.mobile()];
    set(1, `${a}，${b}`, [a, b]);
    const bad = people[2];
    bad.phones = [];
    bad.extra['联系电话'] = '85201234';
    cell(bad, '联系电话', '85201234');
    bad.$warn = 'extra';
    [a, b] = [pop.mobile(), pop.mobile()];
    set(3, `${a}（本人）或${b}（爱人）`, [a, b]);
    people[3].phoneNotes = { [a]: '本人', [b]: '爱人' };
    // Labelled numbers with nothing between them; ASCII colons and comma.
    [a, b] = [pop.mobile(), pop.mobile()];
    set(4, `${a}(本人)${b}(女儿)`, [a, b]);
    people[4].phoneNotes = { [a]: '本人', [b]: '女儿' };
    const more = pop.pregnant('柳影社区');
    [a, b] = [pop.mobile(), pop.mobile()];
    more.phones = [a, b];
    more.phoneNotes = { [a]: '本人', [b]: '女儿' };
    cell(more, '联系电话', `本人:${a},女儿:${b}`);
    people.push(more);
    const s = ledgerSheet({ name: '孕产妇', header: PREGNANT_HEADER, rows: people });
    return workbook('pregnant', [s]);
  },
});

define({
  id: 'community-sources',
  covers:
    'no community column, the community from elsewhere: a sheet named Sheet1 under the title 湖东社区孕产妇台账（2022年4月）; 填报单位（盖章）：新月路社区居委会; 填报单位：东盛街道柳影社区',
  outputs: [['exceljs-community-sources.xlsx', 'exceljs']],
  build() {
    const pop = population(146);
    const header = PREGNANT_HEADER.filter((h) => h !== '所属社区');
    const sheet = (name, community, title, above) =>
      ledgerSheet({
        name,
        title,
        above,
        header,
        rows: Array.from({ length: 3 }, () => pop.pregnant(community)),
      });
    return workbook('pregnant', [
      sheet('Sheet1', '湖东社区', '湖东社区孕产妇台账（2022年4月）'),
      sheet('Sheet2', '新月路社区', '孕产妇台账', [
        ['填报单位（盖章）：新月路社区居委会', null, null, null, null, null, null, null, null, '2022年4月18日'],
      ]),
      sheet('Sheet3', '柳影社区', '孕产妇台账', [['填报单位：东盛街道柳影社区']]),
    ]);
  },
});

/** A CSV file's one sheet is named after the file. wrap: ID numbers and phones written ="…". */
const csvCase = (id, file, producer, seed, wrap, covers) =>
  define({
    id,
    covers,
    outputs: [[file, producer]],
    build() {
      const pop = population(seed);
      const people = Array.from({ length: 6 }, () => haemo(pop, '荣光社区'));
      if (wrap)
        for (const p of people) {
          cell(p, '身份证号码', { csv: `="${p.idNumber}"` });
          cell(p, '联系电话', { csv: `="${p.phones[0]}"` });
        }
      const name = file.replace(/\.csv$/, '');
      return workbook('dialysis', [ledgerSheet({ name, header: DIALYSIS_HEADER, rows: people })]);
    },
  });

csvCase(
  'csv-web',
  'csv-web-export.csv',
  'csv-utf8-bom',
  147,
  true,
  'a web system’s CSV export: UTF-8 with a BOM, CRLF, ID numbers and phones written ="…" so that Excel keeps them as text',
);
csvCase(
  'csv-gbk',
  'csv-excel-gbk.csv',
  'csv-gbk',
  148,
  false,
  'CSV as Excel on Chinese Windows saves “CSV (逗号分隔)”: GBK, CRLF, the title-less table as shown',
);
