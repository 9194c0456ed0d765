/** Dates and ID numbers as they come, and text as web systems and Python write it. */
import { population, addDays, serialOf } from '../people.mjs';
import { ledgerSheet, workbook, PREGNANT_HEADER, DIALYSIS_HEADER } from '../layout.mjs';
import { FULL_WIDTH, cell, withX, haemo, define } from './helpers.mjs';

define({
  id: 'dates',
  covers:
    '预产期 as real dates (yyyy-mm-dd, yyyy"年"m"月"d"日", m/d/yyyy), as text 2022.9.3 / 2022年10月1日 / 20221103 / 2022/11/5 / 2022-8-7, as a plain serial number and as the number 20221103',
  outputs: [
    ['lo-dates.xlsx', 'lo-xlsx'],
    ['lo-dates.xls', 'lo-xls'],
    ['exceljs-dates.xlsx', 'exceljs'],
  ],
  build() {
    const pop = population(117);
    const shown = [
      ['2022-09-03', { date: '2022-09-03', fmt: 'yyyy-mm-dd' }],
      ['2022-10-12', { date: '2022-10-12', fmt: 'yyyy"年"m"月"d"日"' }],
      ['2022-08-19', { date: '2022-08-19', fmt: 'm/d/yyyy' }],
      ['2022-09-03', '2022.9.3'],
      ['2022-10-01', '2022年10月1日'],
      ['2022-11-03', '20221103'],
      ['2022-11-05', '2022/11/5'],
      ['2022-08-07', '2022-8-7'],
      ['2022-12-16', serialOf('2022-12-16')],
      ['2022-11-03', 20221103],
    ];
    const people = shown.map(([due, written]) => {
      const p = pop.pregnant('新月路社区');
      p.fields.dueDate = due;
      p.fields.lastMenstrualDate = addDays(due, -280);
      cell(p, '预产期', written);
      return p;
    });
    const s = ledgerSheet({ name: '孕产妇台账', header: PREGNANT_HEADER, rows: people });
    return workbook('pregnant', [s]);
  },
});

define({
  id: 'id-numbers',
  covers:
    'ID numbers as text, as a number (15 significant digits: refused), lower-case x, full-width digits, spaces inside, a leading apostrophe, trailing space, a wrong check character (refused)',
  outputs: [
    ['exceljs-idnumbers.xlsx', 'exceljs'],
    ['sheetjs-idnumbers.xls', 'sheetjs-xls'],
    ['lo-idnumbers.xlsx', 'lo-xlsx'],
    ['lo-idnumbers.xls', 'lo-xls'],
  ],
  build() {
    const pop = population(118);
    const people = Array.from({ length: 6 }, () => haemo(pop, '东盛社区'));
    const x = withX(pop, () => haemo(pop, '东盛社区'));
    people.splice(2, 0, x);
    const wrong = haemo(pop, '东盛社区');
    people.push(wrong);
    const id = (p) => p.idNumber;
    const asNumber = people[1];
    cell(asNumber, '身份证号码', Number(`${id(asNumber).slice(0, 15)}000`));
    asNumber.$error = '身份证号码';
    cell(x, '身份证号码', id(x).toLowerCase());
    cell(people[3], '身份证号码', FULL_WIDTH(id(people[3])));
    cell(
      people[4],
      '身份证号码',
      `${id(people[4]).slice(0, 6)} ${id(people[4]).slice(6, 14)} ${id(people[4]).slice(14)}`,
    );
    cell(people[5], '身份证号码', `'${id(people[5])}`);
    cell(people[6], '身份证号码', `${id(people[6])} `);
    const last = id(wrong).slice(17);
    const other = last === '0' ? '1' : last === 'X' ? '0' : String((Number(last) + 1) % 10);
    cell(wrong, '身份证号码', id(wrong).slice(0, 17) + other);
    wrong.$error = '身份证号码';
    const s = ledgerSheet({ name: '透析患者', header: DIALYSIS_HEADER, rows: people });
    return workbook('dialysis', [s]);
  },
});

define({
  id: 'web-export',
  covers:
    'a web system’s export: inline strings, 预产期 as text with a time (2022-10-01 00:00:00), 末次月经 as date-time cells (yyyy-mm-dd hh:mm:ss), full-width text dates, ID numbers with a zero-width space or a no-break space',
  outputs: [['raw-web-export.xlsx', 'raw', { strings: 'inline' }]],
  build() {
    const pop = population(132);
    const people = Array.from({ length: 7 }, () => pop.pregnant('东盛社区'));
    people.forEach((p) => {
      cell(p, '预产期', `${p.fields.dueDate} 00:00:00`);
      cell(p, '末次月经', { date: p.fields.lastMenstrualDate, fmt: 'yyyy-mm-dd hh:mm:ss' });
    });
    const [y, m, d] = people[1].fields.dueDate.split('-').map(Number);
    cell(people[1], '预产期', FULL_WIDTH(`${y}年${m}月${d}日`));
    cell(people[2], '身份证号码', `${people[2].idNumber}\u200b`);
    cell(people[3], '身份证号码', `\u00a0${people[3].idNumber}\u00a0`);
    const s = ledgerSheet({ name: 'export', header: PREGNANT_HEADER, rows: people });
    return workbook('pregnant', [s]);
  },
});

define({
  id: 'python-export',
  covers:
    'a pandas-style export: inline strings, no styles part, the phone column written as float text (13904312222.0), 序号 as 1.0',
  outputs: [['raw-python-export.xlsx', 'raw', { strings: 'inline', styles: false }]],
  build() {
    const pop = population(133);
    const people = Array.from({ length: 5 }, () => haemo(pop, '新月路社区'));
    people.forEach((p, i) => {
      cell(p, '联系电话', `${p.phones[0]}.0`);
      cell(p, '序号', `${i + 1}.0`);
    });
    const s = ledgerSheet({ name: 'Sheet1', header: DIALYSIS_HEADER, rows: people });
    return workbook('dialysis', [s]);
  },
});

define({
  id: 'text-punctuation',
  covers: 'free text with Chinese punctuation (，：；（）、) in 现住址, 高危因素, 备注: stored as written',
  outputs: [['exceljs-text-punctuation.xlsx', 'exceljs']],
  build() {
    const pop = population(134);
    const people = Array.from({ length: 4 }, () => pop.pregnant('湖东社区'));
    people[0].fields.riskLevel = '橙';
    people[0].fields.riskFactors = '瘢痕子宫，既往剖宫产两次';
    people[1].note = '已建档（市妇产）；每周电话随访';
    people[2].address = '湖东小区3栋（东门）2单元101室';
    people[3].note = '丈夫外地务工，联系人：母亲';
    const s = ledgerSheet({ name: '孕产妇', header: PREGNANT_HEADER, rows: people });
    return workbook('pregnant', [s]);
  },
});
