/** Merged cells: merged down over a group's rows (community, grid, address, cadre), merged across a data row, merged titles and two-row headers. */
import { population } from '../people.mjs';
import { ledgerSheet, workbook, BLANK, DIALYSIS_HEADER } from '../layout.mjs';
import { define } from './helpers.mjs';

define({
  id: 'merged-community',
  covers:
    '所属社区 and 网格 merged down over their rows (one merged cell per community / grid); merged title; totals line',
  outputs: [
    ['lo-merged-community.xlsx', 'lo-xlsx'],
    ['lo-merged-community.xls', 'lo-xls'],
    ['wps-merged-community.et', 'lo-xls-as-et'],
  ],
  build() {
    const pop = population(101);
    const people = [
      ...['第一网格', '第一网格', '第二网格', '第二网格'].map((g) => pop.dialysis('湖东社区', { grid: g })),
      ...['第一网格', '第一网格', '第一网格'].map((g) => pop.dialysis('新月路社区', { grid: g })),
      ...['第二网格', '第一网格', '第一网格'].map((g) => pop.dialysis('柳影社区', { grid: g })),
    ];
    const s = ledgerSheet({
      name: '透析患者',
      title: '透析患者台账（2022年4月）',
      header: DIALYSIS_HEADER,
      rows: [...people, { raw: ['合计：10人'] }],
      mergeDown: ['所属社区', '网格'],
    });
    return workbook('dialysis', [s]);
  },
});

define({
  id: 'merged-grid-cadre',
  covers:
    'two-row merged header (居住信息 / 孕产情况 groups, other headers merged down over both rows); 填报单位 line; 网格 and 包保干部 merged down',
  outputs: [['lo-merged-grid-cadre.xlsx', 'lo-xlsx']],
  build() {
    const pop = population(102);
    const plan = [
      ['第一网格', '王锐'],
      ['第一网格', '王锐'],
      ['第一网格', '王锐'],
      ['第二网格', '李娜'],
      ['第二网格', '李娜'],
      ['第三网格', '张海涛'],
      ['第三网格', '张海涛'],
    ];
    const people = plan.map(([grid, cadre]) => ({ ...pop.pregnant('湖东社区', { grid }), cadre }));
    const s = ledgerSheet({
      name: '孕产妇台账',
      title: '湖东社区孕产妇健康管理台账',
      above: [
        ['填报单位：湖东社区', null, null, null, null, null, null, null, null, null, null, '填报日期：2022年4月18日'],
      ],
      header: [
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
      ],
      groupHeader: [
        '序号',
        '姓名',
        '身份证号码',
        '联系电话',
        ['居住信息', ['所属社区', '网格', '现住址']],
        ['孕产情况', ['末次月经', '预产期', '产检医院', '妊娠风险等级', '高危因素']],
        '包保干部',
        '备注',
      ],
      rows: [
        ...people,
        { raw: ['填表人：王锐', null, null, null, '审核人：李娜', null, null, null, '联系电话：0431-85201234'] },
      ],
      mergeDown: ['所属社区', '网格', '包保干部'],
    });
    return workbook('pregnant', [s]);
  },
});

define({
  id: 'merged-address',
  covers:
    '现住址 (one building for several women) and 包保干部 merged down; a data cell merged across 高危因素:备注 (its value is 高危因素 only)',
  outputs: [
    ['exceljs-merged-address.xlsx', 'exceljs'],
    ['sheetjs-merged-address.xls', 'sheetjs-xls'],
  ],
  build() {
    const pop = population(103);
    const people = Array.from({ length: 8 }, () => pop.pregnant('柳影社区'));
    people.forEach((p, i) => {
      p.grid = i < 4 ? '第一网格' : '第二网格';
      p.cadre = i < 4 ? '孙丽' : '周强';
    });
    for (const [a, b] of [
      [0, 2],
      [4, 6],
    ]) {
      const building = `柳影小区${a + 3}栋`;
      for (let i = a; i <= b; i++) people[i].address = building;
    }
    const across = people[5];
    across.fields.riskLevel = '橙';
    across.fields.riskFactors = '瘢痕子宫 既往剖宫产两次';
    across.$mergeAcross = ['高危因素', '备注'];
    // 包保干部 before the risk columns, so that 高危因素 and 备注 are neighbours.
    const header = [
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
      '包保干部',
      '妊娠风险等级',
      '高危因素',
      '备注',
    ];
    const s = ledgerSheet({
      name: 'Sheet1',
      header,
      rows: people,
      mergeDown: ['所属社区', '网格', '现住址', '包保干部'],
    });
    return workbook('pregnant', [s]);
  },
});

define({
  id: 'merged-headers',
  covers:
    'merged title; group row 基本信息 / 透析情况 / 其他 merged across, sub-headers below; 所属社区 merged down; one patient twice in a community (the later row, with a new phone, wins; the earlier is reported)',
  outputs: [
    ['sheetjs-merged-headers.xlsx', 'sheetjs-xlsx'],
    ['sheetjs-merged-headers.xls', 'sheetjs-xls'],
  ],
  build() {
    const pop = population(104);
    const people = [
      ...Array.from({ length: 4 }, () => pop.dialysis('东盛社区', { grid: '一网格' })),
      ...Array.from({ length: 3 }, () => pop.dialysis('荣光社区', { grid: '2号网格' })),
    ];
    // The same patient twice in one community, the later row with a new phone: the later row wins.
    const again = structuredClone(people[1]);
    again.phones = [pop.mobile()];
    again.$daysText = people[1].$daysText;
    people[1].$duplicate = true;
    people.splice(3, 0, again);
    const s = ledgerSheet({
      name: '透析台账',
      title: '辖区透析患者服务台账',
      header: DIALYSIS_HEADER,
      groupHeader: [
        ['基本信息', ['序号', '姓名', '身份证号码', '联系电话', '所属社区', '网格', '现住址']],
        ['透析情况', ['透析方式', '透析医院', '透析频次', '透析时段', '交通方式']],
        ['其他', ['陪护人', '基础疾病', '包保干部', '备注']],
      ],
      rows: people,
      mergeDown: ['所属社区', '网格'],
    });
    return workbook('dialysis', [s]);
  },
});

define({
  id: 'merged-subtotals',
  covers:
    '所属社区 merged down over each community’s rows and its 小计 line; a blank row between the groups; 总计 line',
  outputs: [
    ['lo-merged-subtotals.xlsx', 'lo-xlsx'],
    ['sheetjs-merged-subtotals.xls', 'sheetjs-xls'],
  ],
  build() {
    const pop = population(130);
    const first = Array.from({ length: 4 }, () => pop.dialysis('湖东社区', { grid: '第三网格' }));
    const second = Array.from({ length: 3 }, () => pop.dialysis('荣光社区', { grid: '1号网格' }));
    const subtotal = (n) => ({ raw: [null, '小计', null, null, null, null, null, `${n}人`] });
    const s = ledgerSheet({
      name: '透析患者',
      title: '透析患者台账',
      header: DIALYSIS_HEADER,
      rows: [
        ...first,
        subtotal(4),
        BLANK,
        ...second,
        subtotal(3),
        { raw: [null, '总计', null, null, null, null, null, '7人'] },
      ],
    });
    // Title 1, header 2; 湖东社区 rows 3-6 and 小计 7; blank 8; 荣光社区 rows 9-11 and 小计 12.
    s.sheet.merges.push('E3:E7', 'E9:E12');
    for (const row of [3, 4, 5, 6, 9, 10, 11]) if (row !== 3 && row !== 9) s.sheet.rows[row - 1][4] = null;
    for (const row of [7, 12]) s.sheet.rows[row - 1][4] = null;
    s.truth.warnings.push(...[4, 5, 6, 10, 11].map((row) => ({ sheet: '透析患者', row, why: 'merged' })));
    return workbook('dialysis', [s]);
  },
});
