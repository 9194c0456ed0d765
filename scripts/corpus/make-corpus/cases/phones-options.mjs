/** Telephone numbers in free text, with labels; option values written in full or by other names. */
import { population } from '../people.mjs';
import { ledgerSheet, workbook, PREGNANT_HEADER, DIALYSIS_HEADER } from '../layout.mjs';
import { FULL_WIDTH, spaced, dashed, cell, haemo, define } from './helpers.mjs';

define({
  id: 'phones-pregnant',
  covers:
    'phones in free text: 本人 label, （本人）；（丈夫） labels, full-width digits, dashes, spaces, +86, 0086, landline with 转 extension, bracketed area code, 丈夫： label, a number cell, a cell with no valid number (kept in 其他信息, flagged)',
  outputs: [
    ['lo-phones.xlsx', 'lo-xlsx'],
    ['lo-phones.xls', 'lo-xls'],
  ],
  build() {
    const pop = population(107);
    const people = Array.from({ length: 12 }, () => pop.pregnant('荣光社区'));
    const set = (i, text, phones, notes) => {
      const p = people[i];
      p.phones = phones;
      if (notes) p.phoneNotes = notes;
      cell(p, '联系电话', text);
    };
    const m = () => pop.mobile();
    let a = m();
    set(0, `本人 ${a}`, [a], { [a]: '本人' });
    a = m();
    let b = m();
    set(1, `${a}（本人）；${b}（丈夫）`, [a, b], { [a]: '本人', [b]: '丈夫' });
    a = m();
    set(2, FULL_WIDTH(a), [a]);
    a = m();
    set(3, dashed(a), [a]);
    a = m();
    set(4, spaced(a), [a]);
    a = m();
    set(5, `+86 ${spaced(a)}`, [a]);
    a = m();
    set(6, `0086-${a}`, [a]);
    set(7, '0431-85201234 转 123', ['0431-85201234-123']);
    a = m();
    set(8, `丈夫：${a}`, [a], { [a]: '丈夫' });
    a = m();
    set(9, Number(a), [a]);
    const bad = people[10];
    bad.phones = [];
    bad.extra['联系电话'] = '1390431222';
    cell(bad, '联系电话', '1390431222');
    bad.$warn = 'extra';
    a = m();
    set(11, `（0431）85207777 / ${a}`, ['0431-85207777', a]);
    const s = ledgerSheet({ name: '孕产妇台账', header: PREGNANT_HEADER, rows: people });
    return workbook('pregnant', [s]);
  },
});

define({
  id: 'phones-dialysis',
  covers:
    'labelled phones (本人：… 女儿：…, …(本人) …(儿子)), landline 转 extension, landline with a space after the area code, 0086 with spaces, two numbers with 、 and with a space, full-width digits with ideographic spaces, a cell with no number (停机: flagged)',
  outputs: [['raw-phones-inline.xlsx', 'raw', { strings: 'inline' }]],
  build() {
    const pop = population(108);
    const people = Array.from({ length: 10 }, () => haemo(pop, '柳影社区'));
    const set = (i, text, phones, notes) => {
      const p = people[i];
      p.phones = phones;
      if (notes) p.phoneNotes = notes;
      cell(p, '联系电话', text);
    };
    let [a, b] = [pop.mobile(), pop.mobile()];
    set(0, `本人：${a} 女儿：${b}`, [a, b], { [a]: '本人', [b]: '女儿' });
    [a, b] = [pop.mobile(), pop.mobile()];
    set(1, `${a}(本人) ${b}(儿子)`, [a, b], { [a]: '本人', [b]: '儿子' });
    set(2, '0431-85201234转8001', ['0431-85201234-8001']);
    a = pop.mobile();
    set(3, `0086 ${spaced(a)}`, [a]);
    [a, b] = [pop.mobile(), pop.mobile()];
    set(4, `${a}、${b}`, [a, b]);
    const bad = people[5];
    bad.phones = [];
    bad.extra['联系电话'] = '电话停机';
    cell(bad, '联系电话', '电话停机');
    bad.$warn = 'extra';
    set(7, '0431 85201234', ['0431-85201234']);
    [a, b] = [pop.mobile(), pop.mobile()];
    set(8, `${a} ${b}`, [a, b]);
    a = pop.mobile();
    set(9, FULL_WIDTH(spaced(a)).replace(/ /g, '\u3000'), [a]);
    const s = ledgerSheet({ name: '透析患者', title: '透析患者名单', header: DIALYSIS_HEADER, rows: people });
    return workbook('dialysis', [s]);
  },
});

define({
  id: 'options-dialysis',
  covers:
    '透析方式 written 血液透析 / 腹膜透析 / HD / CAPD / 血透 / 腹透 / 血液透析（HD） / hd / 腹膜透析(CAPD); the hospital column headed 就诊医院; an unknown 透析方式 (血液灌流) flagged and kept in 其他信息',
  outputs: [
    ['exceljs-options-dialysis.xlsx', 'exceljs'],
    ['lo-options-dialysis.xls', 'lo-xls'],
  ],
  build() {
    const pop = population(109);
    const written = [
      ['血液透析', '血透'],
      ['腹膜透析', '腹透'],
      ['HD', '血透'],
      ['CAPD', '腹透'],
      ['血透', '血透'],
      ['腹透', '腹透'],
      ['血液透析', '血透'],
      ['血液灌流', null],
      ['血液透析（HD）', '血透'],
      ['hd', '血透'],
      ['腹膜透析(CAPD)', '腹透'],
    ];
    const people = written.map(([text, type]) => {
      const p = pop.dialysis('新月路社区', { type: type ?? '血透' });
      cell(p, '透析方式', text);
      if (!type) {
        delete p.fields.dialysisType;
        p.extra['透析方式'] = text;
        p.$warn = 'extra';
      }
      return p;
    });
    const header = DIALYSIS_HEADER.map((h) => (h === '透析医院' ? '就诊医院' : h));
    const s = ledgerSheet({ name: '透析患者', header, rows: people });
    return workbook('dialysis', [s]);
  },
});

define({
  id: 'options-pregnant',
  covers:
    '妊娠风险等级 written 绿色 / 黄色 / 橙色 / 红色 / 紫色 / 高风险 (红) / 低风险 (绿) / 橙色（较高风险）; an unknown value (待评估) flagged and kept in 其他信息',
  outputs: [
    ['sheetjs-options-pregnant.xlsx', 'sheetjs-xlsx'],
    ['wps-options-pregnant.et', 'sheetjs-xls-as-et'],
  ],
  build() {
    const pop = population(110);
    const written = [
      ['绿色', '绿'],
      ['黄色', '黄'],
      ['橙色', '橙'],
      ['红色', '红'],
      ['紫色', '紫'],
      ['高风险', '红'],
      ['低风险', '绿'],
      ['待评估', null],
      ['橙色（较高风险）', '橙'],
    ];
    const people = written.map(([text, level]) => {
      const p = pop.pregnant('东盛社区');
      cell(p, '妊娠风险等级', text);
      if (level) p.fields.riskLevel = level;
      else {
        delete p.fields.riskLevel;
        p.extra['妊娠风险等级'] = text;
        p.$warn = 'extra';
      }
      if (level === '绿') delete p.fields.riskFactors;
      else if (!p.fields.riskFactors) p.fields.riskFactors = level === '紫' ? '梅毒感染' : '妊娠期高血压';
      return p;
    });
    const s = ledgerSheet({ name: '孕产妇', header: PREGNANT_HEADER, rows: people });
    return workbook('pregnant', [s]);
  },
});
