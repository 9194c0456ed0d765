/** Header words, one sheet per community, the lines around a table that are no data. */
import { population } from '../people.mjs';
import { ledgerSheet, workbook, BLANK, PREGNANT_HEADER, HEADER_KEYS } from '../layout.mjs';
import { haemo, define } from './helpers.mjs';

const headerCase = (id, kind, seed, header, outputs, covers, community) =>
  define({
    id,
    covers,
    outputs,
    build() {
      const pop = population(seed);
      const people = Array.from({ length: 6 }, () =>
        kind === 'pregnant' ? pop.pregnant(community) : haemo(pop, community),
      );
      const extraHeader = header.find((h) => h === '户籍地' || h === '户籍所在地');
      people.forEach((p) => {
        if (extraHeader) p.extra[extraHeader] = pop.hometown();
        if (!header.some((h) => HEADER_KEYS[h] === 'note')) p.note = '';
      });
      people[1].note = header.includes('备注') ? '长期居住外地' : '';
      const s = ledgerSheet({ name: kind === 'pregnant' ? '孕产妇' : '透析', header, rows: people });
      return workbook(kind, [s]);
    },
  });

headerCase(
  'headers-dialysis-a',
  'dialysis',
  111,
  [
    '序号',
    '姓名',
    '公民身份号码',
    '手机号',
    '社区',
    '网格',
    '居住地址',
    '透析类型',
    '透析机构',
    '透析频次',
    '透析时段',
    '交通方式',
    '陪护人',
    '基础疾病',
    '包保人',
    '户籍所在地',
    '备注',
  ],
  [['lo-headers-dialysis.xlsx', 'lo-xlsx']],
  'header words 公民身份号码, 手机号, 社区, 居住地址, 透析类型, 透析机构, 包保人; 户籍所在地 (no field: kept in 其他信息, not taken as the address)',
  '湖东社区',
);

headerCase(
  'headers-dialysis-b',
  'dialysis',
  112,
  [
    '序  号',
    '姓　名',
    '身份证号',
    '联系电话',
    '所属社区',
    '所属网格',
    '现住址',
    '透析方式',
    '透析医院',
    '透析频次',
    '透析时段',
    '交通方式',
    '陪护人',
    '基础疾病',
    '联系干部',
    '户籍地',
  ],
  [['exceljs-headers-dialysis.xlsx', 'exceljs']],
  'header words padded for alignment (序␣␣号, 姓　名 with an ideographic space), 透析方式, 透析医院, 所属网格, 联系干部; 户籍地 kept in 其他信息',
  '新月路社区',
);

headerCase(
  'headers-pregnant-a',
  'pregnant',
  113,
  [
    '序号',
    '姓名',
    '身份证号码',
    '联系电话',
    '所属社区',
    '网格',
    '户籍地',
    '现住址',
    '末次月经时间',
    '预计分娩日期',
    '产检医院',
    '妊娠风险等级',
    '高危因素',
    '包保人',
  ],
  [['sheetjs-headers-pregnant.xlsx', 'sheetjs-sst']],
  'header words 末次月经时间, 预计分娩日期, 包保人; 户籍地 kept in 其他信息 (SheetJS with a shared-string table)',
  '柳影社区',
);

headerCase(
  'headers-pregnant-b',
  'pregnant',
  114,
  [
    '序号',
    '姓名',
    '身份证号码（18位）',
    '联系\n电话',
    '所属社区',
    '网格',
    '户籍所在地',
    '现住址',
    '末次月经',
    '预产期',
    '产检医院',
    '妊娠风险等级',
    '高危因素',
    '联系干部',
    '备注',
  ],
  [['raw-headers-pregnant.xlsx', 'raw', {}]],
  'header words 身份证号码（18位）, 联系⏎电话 (a line break inside), 末次月经, 预产期, 联系干部; 户籍所在地 kept in 其他信息 (plain hand-written OOXML: shared strings, styles)',
  '荣光社区',
);

define({
  id: 'sheet-per-community',
  covers:
    'one sheet per community named by it, no community column; 合计 / 小计 lines, 填表人 / 审核人 / 联系电话 line and 注 notes under the table; a 填表说明 sheet that is no ledger; a woman who moved (on 湖东社区 and again on 柳影社区: the later row wins)',
  outputs: [
    ['lo-sheet-per-community.xlsx', 'lo-xlsx'],
    ['lo-sheet-per-community.xls', 'lo-xls'],
  ],
  build() {
    const pop = population(115);
    const header = [
      '序号',
      '姓名',
      '身份证号码',
      '联系电话',
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
    const footer = (n, who) => [
      { raw: [`合计：${n}人`] },
      { raw: [`填表人：${who}`, null, null, '审核人：李娜', null, null, '联系电话：0431-85201234'] },
      { raw: ['注：1.本表每月5日前报街道；2.高危孕产妇每周随访一次。'] },
    ];
    const hudong = Array.from({ length: 5 }, () => pop.pregnant('湖东社区'));
    const xinyue = [
      ...Array.from({ length: 3 }, () => pop.pregnant('新月路社区', { grid: '第一网格' })),
      ...Array.from({ length: 2 }, () => pop.pregnant('新月路社区', { grid: '第二网格' })),
    ];
    const liuying = Array.from({ length: 4 }, () => pop.pregnant('柳影社区'));
    const moved = { ...structuredClone(hudong[0]), ...pop.pregnant('柳影社区') };
    Object.assign(moved, {
      name: hudong[0].name,
      idNumber: hudong[0].idNumber,
      gender: hudong[0].gender,
      birthDate: hudong[0].birthDate,
      fields: structuredClone(hudong[0].fields),
      note: '2022年3月由湖东社区迁入',
    });
    hudong[0].$duplicate = true;
    const blankRow = (label, n) => ({
      raw: [label, null, null, null, null, null, null, null, null, null, null, `${n}人`],
    });
    const sheets = [
      ledgerSheet({
        name: '湖东社区',
        title: '湖东社区孕产妇台账',
        header,
        rows: [...hudong, BLANK, ...footer(5, '王锐')],
      }),
      ledgerSheet({
        name: '新月路社区',
        title: '新月路社区孕产妇台账',
        header,
        rows: [
          ...xinyue.slice(0, 3),
          blankRow('小计', 3),
          ...xinyue.slice(3),
          blankRow('小计', 2),
          ...footer(5, '陈静'),
        ],
      }),
      ledgerSheet({
        name: '柳影社区',
        title: '柳影社区孕产妇台账',
        header,
        rows: [moved, ...liuying, ...footer(5, '赵磊')],
      }),
    ];
    const notes = {
      name: '填表说明',
      rows: [
        ['填表说明'],
        ['1. 每个社区一张表，表名为社区名称。'],
        ['2. 身份证号码请设为文本格式。'],
        ['3. 预产期按末次月经推算。'],
      ],
      merges: [],
    };
    return workbook('pregnant', sheets, [notes]);
  },
});

define({
  id: 'unit-line',
  covers:
    'one sheet per community named 表1 / 表2, the community given by a 填报单位：XX社区 line above the header; 小计 after each grid, 总计, 审核人 line and a 说明 note; 腹透 patients without weekdays',
  outputs: [
    ['exceljs-unit-line.xlsx', 'exceljs'],
    ['lo-unit-line.xls', 'lo-xls'],
  ],
  build() {
    const pop = population(116);
    const header = [
      '序号',
      '姓名',
      '身份证号码',
      '联系电话',
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
    ];
    const sheetFor = (name, community, grids) => {
      const rows = [];
      let total = 0;
      for (const [grid, n] of grids) {
        for (let i = 0; i < n; i++) rows.push(pop.dialysis(community, { grid, type: i === 1 ? '腹透' : '血透' }));
        rows.push({ raw: ['小计', null, null, null, grid, null, `${n}人`] });
        total += n;
      }
      rows.forEach((p) => p.fields && (p.note = ''));
      rows.push(
        { raw: ['总计', null, null, null, null, null, `${total}人`] },
        { raw: ['审核人：郑凯', null, null, null, null, null, null, null, '填表日期：2022年4月18日'] },
        { raw: ['说明：腹透患者居家透析，不填透析频次和时段。'] },
      );
      return ledgerSheet({
        name,
        title: '透析患者花名册',
        above: [
          [`填报单位：${community}`, null, null, null, null, null, null, null, null, null, '填报日期：2022年4月18日'],
        ],
        header,
        rows,
      });
    };
    return workbook('dialysis', [
      sheetFor('表1', '东盛社区', [
        ['一网格', 3],
        ['二网格', 2],
      ]),
      sheetFor('表2', '荣光社区', [
        ['1号网格', 2],
        ['2号网格', 3],
      ]),
    ]);
  },
});

define({
  id: 'repeated-header',
  covers: 'the header repeated in the middle of the data (pages pasted together), 合计 written in the 姓名 column',
  outputs: [['exceljs-repeated-header.xlsx', 'exceljs']],
  build() {
    const pop = population(131);
    const people = Array.from({ length: 8 }, () => pop.pregnant('柳影社区'));
    const s = ledgerSheet({
      name: '孕产妇',
      title: '柳影社区孕产妇台账',
      header: PREGNANT_HEADER,
      rows: [...people.slice(0, 4), { raw: [...PREGNANT_HEADER] }, ...people.slice(4), { raw: [null, '合计', '8人'] }],
    });
    return workbook('pregnant', [s]);
  },
});
