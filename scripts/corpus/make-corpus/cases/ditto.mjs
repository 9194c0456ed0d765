/** Ditto marks (同上, 〃, ", 同左) standing for the value above or to the left. */
import { population } from '../people.mjs';
import { ledgerSheet, workbook } from '../layout.mjs';
import { cell, same, haemo, define } from './helpers.mjs';

define({
  id: 'ditto-pregnant',
  covers:
    'ditto marks: " in 所属社区, 同上 in 产检医院 and 网格, 〃 in 包保干部, 同左 in 现住址 (the 户籍地 to its left); 同上 under a refused row (takes what that row shows)',
  outputs: [
    ['lo-ditto.xlsx', 'lo-xlsx'],
    ['lo-ditto.xls', 'lo-xls'],
  ],
  build() {
    const pop = population(105);
    const people = Array.from({ length: 8 }, () => pop.pregnant('新月路社区'));
    const header = [
      '序号',
      '姓名',
      '身份证号码',
      '联系电话',
      '所属社区',
      '网格',
      '户籍地',
      '现住址',
      '预产期',
      '产检医院',
      '妊娠风险等级',
      '高危因素',
      '包保干部',
      '备注',
    ];
    people.forEach((p) => (p.extra['户籍地'] = pop.hometown()));
    const ditto = (i, header, key, mark) => {
      same(people[i], people[i - 1], key);
      cell(people[i], header, mark);
      people[i].$warn = 'ditto';
    };
    ditto(1, '所属社区', 'community', '"');
    ditto(2, '产检医院', 'prenatalHospital', '同上');
    ditto(3, '包保干部', 'cadre', '〃');
    ditto(5, '网格', 'grid', '同上');
    ditto(6, '产检医院', 'prenatalHospital', '〃');
    const left = people[4];
    left.extra['户籍地'] = '吉林省长春市二道区新月花园9栋1单元502室';
    left.address = left.extra['户籍地'];
    cell(left, '现住址', '同左');
    left.$warn = 'ditto';
    delete people[7].fields.lastMenstrualDate;
    people.forEach((p) => delete p.fields.lastMenstrualDate);
    // A refused row (wrong check character) still stands above the next: its 同上 means what it shows.
    const refused = pop.pregnant('新月路社区');
    delete refused.fields.lastMenstrualDate;
    refused.extra['户籍地'] = pop.hometown();
    const wrongId = refused.idNumber.slice(0, 17) + (refused.idNumber.endsWith('1') ? '2' : '1');
    cell(refused, '身份证号码', wrongId);
    refused.$error = '身份证号码';
    const after = pop.pregnant('新月路社区');
    delete after.fields.lastMenstrualDate;
    after.extra['户籍地'] = pop.hometown();
    after.fields.prenatalHospital = refused.fields.prenatalHospital;
    cell(after, '产检医院', '同上');
    after.$warn = 'ditto';
    people.push(refused, after);
    const s = ledgerSheet({ name: '孕产妇', header, rows: people });
    return workbook('pregnant', [s]);
  },
});

define({
  id: 'ditto-dialysis',
  covers:
    'ditto marks in 透析医院 (同上), 透析方式 (〃), 透析时段 ("), 交通方式 (同上), 联系电话 (同上: spouses sharing a phone) and 现住址 (同左, from 户籍所在地); 同上 in the first data row (nothing above: left blank, flagged)',
  outputs: [['exceljs-ditto.xlsx', 'exceljs']],
  build() {
    const pop = population(106);
    const people = Array.from({ length: 8 }, () => haemo(pop, '湖东社区'));
    const header = [
      '序号',
      '姓名',
      '身份证号码',
      '联系电话',
      '所属社区',
      '网格',
      '户籍所在地',
      '现住址',
      '透析方式',
      '透析医院',
      '透析频次',
      '透析时段',
      '交通方式',
      '陪护人',
      '基础疾病',
    ];
    people.forEach((p) => {
      p.extra['户籍所在地'] = pop.hometown();
      p.cadre = '';
    });
    const ditto = (i, h, key, mark) => {
      same(people[i], people[i - 1], key);
      cell(people[i], h, mark);
      people[i].$warn = 'ditto';
    };
    ditto(1, '透析医院', 'dialysisHospital', '同上');
    ditto(2, '透析方式', 'dialysisType', '〃');
    ditto(3, '透析时段', 'dialysisSession', '"');
    ditto(4, '交通方式', 'transport', '同上');
    ditto(6, '透析医院', 'dialysisHospital', '"');
    // Spouses sharing one telephone.
    people[7].phones = [...people[6].phones];
    cell(people[7], '联系电话', '同上');
    people[7].$warn = 'ditto';
    // A mark with nothing above it stands for nothing: the value is blank, and the import says so.
    delete people[0].fields.transport;
    cell(people[0], '交通方式', '同上');
    people[0].$warn = 'ditto';
    const left = people[5];
    left.extra['户籍所在地'] = '吉林省长春市二道区湖东小区12栋3单元201室';
    left.address = left.extra['户籍所在地'];
    cell(left, '现住址', '同左');
    left.$warn = 'ditto';
    const s = ledgerSheet({ name: '透析患者', header, rows: people });
    return workbook('dialysis', [s]);
  },
});
