/** The file shapes themselves: hand-written OOXML quirks, SheetJS, LibreOffice from CSV, formulas, 1904 dates, a large shared-string table. */
import { population, COMMUNITIES } from '../people.mjs';
import { ledgerSheet, workbook, PREGNANT_HEADER, DIALYSIS_HEADER } from '../layout.mjs';
import { cell, haemo, define } from './helpers.mjs';

const rawCase = (id, kind, seed, options, covers, extra = {}) =>
  define({
    id,
    covers,
    outputs: [[`raw-${id}.xlsx`, 'raw', options]],
    build() {
      const pop = population(seed);
      const community = extra.community ?? '湖东社区';
      const people = Array.from({ length: extra.rows ?? 7 }, (_, i) =>
        kind === 'pregnant'
          ? pop.pregnant(community)
          : i === 2
            ? pop.dialysis(community, { type: '腹透' })
            : haemo(pop, community),
      );
      extra.tweak?.(people, pop);
      const s = ledgerSheet({
        name: extra.sheet ?? 'Sheet1',
        title: extra.title,
        header: extra.header ?? (kind === 'pregnant' ? PREGNANT_HEADER : DIALYSIS_HEADER),
        rows: people,
        mergeDown: extra.mergeDown,
      });
      const built = workbook(kind, [s]);
      if (options.date1904) built.model.date1904 = true;
      return built;
    },
  });

rawCase(
  'inline-nostyles',
  'dialysis',
  119,
  { strings: 'inline', styles: false },
  'inline strings (t="inlineStr") and no styles part at all, as web systems export',
);

rawCase(
  'shared-formulas',
  'pregnant',
  120,
  {
    sharedFormulas: {
      A: { from: 3, to: 9, si: 0, f: 'ROW()-2' },
      I: { from: 3, to: 9, si: 1, f: 'H3+280' },
    },
  },
  '序号 and 预产期 written as shared formulas (<f t="shared" ref si>) with cached values; 预产期 = 末次月经 + 280 with a date style',
  { title: '孕产妇台账' },
);

rawCase(
  'text-numbers',
  'pregnant',
  121,
  {},
  'numbers and dates stored as text (序号 "1", 末次月经/预产期 "2022-05-03"); a 是否建档 column of boolean cells (t="b": kept in 其他信息 as TRUE / FALSE)',
  {
    header: [...PREGNANT_HEADER.slice(0, 12), '是否建档', '包保干部', '备注'],
    tweak(people) {
      people.forEach((p, i) => {
        cell(p, '序号', String(i + 1));
        cell(p, '末次月经', p.fields.lastMenstrualDate);
        cell(p, '预产期', p.fields.dueDate);
        const filed = i % 3 !== 1;
        cell(p, '是否建档', filed);
        p.extra['是否建档'] = filed ? 'TRUE' : 'FALSE';
      });
    },
  },
);

rawCase(
  '1904',
  'pregnant',
  122,
  { date1904: true },
  'the 1904 date system (workbookPr date1904="1") with date-formatted serials',
  { community: '柳影社区' },
);

rawCase(
  'lying-dimension',
  'dialysis',
  123,
  { dimension: 'A1:C3' },
  'a <dimension ref="A1:C3"/> far smaller than the data (A1:P10)',
  { title: '透析患者台账' },
);

rawCase(
  'rows-out-of-order',
  'pregnant',
  124,
  { order: [1, 2, 6, 7, 3, 4, 5, 9, 8] },
  'rows written out of order (<row r="6"> before <row r="3">), as some web exporters do',
  { title: '孕产妇台账', community: '东盛社区' },
);

rawCase(
  'no-refs',
  'dialysis',
  125,
  { noRefs: true },
  'rows and cells without r attributes (position by order, empty cells as <c/>)',
  { community: '新月路社区' },
);

rawCase(
  'x-prefix',
  'pregnant',
  126,
  { prefix: 'x:' },
  'every SpreadsheetML tag namespace-prefixed (<x:worksheet>, <x:row>, <x:c>, <x:si>), as .NET OpenXML SDK tools write',
  { community: '荣光社区' },
);

rawCase(
  'wps-parts',
  'dialysis',
  127,
  { wps: true },
  'WPS-style extra parts (docProps/custom.xml with KSOProductBuildVer, xl/cellimages.xml, customXml/, sheet extLst), merged title, 网格 merged down',
  {
    title: '透析患者台账',
    community: '柳影社区',
    mergeDown: ['所属社区', '网格'],
    tweak(people) {
      people.forEach((p, i) => (p.grid = i < 4 ? '第一网格' : '第二网格'));
    },
  },
);

define({
  id: 'sheetjs-sst',
  covers: 'SheetJS xlsx with a shared-string table; 所属社区 merged down; totals line 合计',
  outputs: [['sheetjs-sst.xlsx', 'sheetjs-sst']],
  build() {
    const pop = population(128);
    const people = [
      ...Array.from({ length: 3 }, () => pop.pregnant('荣光社区', { grid: '1号网格' })),
      ...Array.from({ length: 3 }, () => pop.pregnant('东盛社区', { grid: '二网格' })),
    ];
    const s = ledgerSheet({
      name: '孕产妇',
      header: PREGNANT_HEADER,
      rows: [
        ...people,
        { raw: ['合计', null, null, null, null, null, null, null, null, null, null, null, null, '6人'] },
      ],
      mergeDown: ['所属社区'],
    });
    return workbook('pregnant', [s]);
  },
});

define({
  id: 'csv-text',
  covers: 'LibreOffice xlsx converted from a UTF-8 CSV, every column imported as text (CSV filter column types)',
  outputs: [['lo-csv-text.xlsx', 'lo-csv']],
  build() {
    const pop = population(129);
    const people = Array.from({ length: 6 }, (_, i) =>
      i === 4 ? pop.dialysis('湖东社区', { type: '腹透' }) : haemo(pop, '湖东社区'),
    );
    const s = ledgerSheet({ name: '透析患者', header: DIALYSIS_HEADER, rows: people });
    return workbook('dialysis', [s]);
  },
});

define({
  id: 'formulas',
  covers:
    'formulas as LibreOffice writes them with their cached results: 序号 =ROW()-2, 网格 and 现住址 built by string formulas (in .xls a FORMULA record followed by a STRING record), 预产期 =H3+280 with a date format',
  outputs: [
    ['lo-formulas.xlsx', 'lo-xlsx'],
    ['lo-formulas.xls', 'lo-xls'],
  ],
  build() {
    const pop = population(135);
    const people = Array.from({ length: 6 }, () => pop.pregnant('湖东社区', { grid: '第二网格' }));
    const s = ledgerSheet({ name: '孕产妇', title: '孕产妇台账', header: PREGNANT_HEADER, rows: people });
    // Title 1, header 2, data from row 3. Columns: A 序号, F 网格, G 现住址, H 末次月经, I 预产期.
    people.forEach((p, i) => {
      const r = i + 3;
      const row = s.sheet.rows[r - 1];
      const [, building, rest] = /^湖东小区(\d+栋)(.*)$/.exec(p.address);
      row[0] = { f: 'ROW()-2', v: i + 1 };
      row[5] = { f: '"第二"&"网格"', v: '第二网格' };
      row[6] = { f: `CONCATENATE("湖东小区","${building}","${rest}")`, v: p.address };
      row[8] = { f: `H${r}+280`, v: { date: p.fields.dueDate, fmt: 'yyyy-mm-dd' } };
    });
    return workbook('pregnant', [s]);
  },
});

define({
  id: '1904-xls',
  covers: 'the 1904 date system in xlsx and in BIFF8 (.xls DATEMODE), as a Mac Excel workbook saved by LibreOffice',
  outputs: [
    ['lo-1904.xlsx', 'lo-xlsx'],
    ['lo-1904.xls', 'lo-xls'],
  ],
  build() {
    const pop = population(136);
    const people = Array.from({ length: 5 }, () => pop.pregnant('新月路社区'));
    const built = workbook('pregnant', [ledgerSheet({ name: '孕产妇', header: PREGNANT_HEADER, rows: people })]);
    built.model.date1904 = true;
    return built;
  },
});

define({
  id: 'large-sst',
  covers:
    '160 patients: a shared-string table far larger than one BIFF8 record (SST split by CONTINUE records, Chinese text crossing the boundaries); 所属社区 merged down',
  outputs: [
    ['lo-large-sst.xls', 'lo-xls'],
    ['wps-large-sst.et', 'lo-xls-as-et'],
    ['lo-large-sst.xlsx', 'lo-xlsx'],
  ],
  build() {
    const pop = population(137);
    const communities = Object.keys(COMMUNITIES);
    const people = Array.from({ length: 160 }, (_, i) => {
      const p = pop.dialysis(communities[Math.floor(i / 32)]);
      // Long Chinese text (without full-width punctuation: see the pending text-punctuation case).
      p.fields.conditions = `${p.fields.conditions} 合并${pop.r.pick(['高血压', '冠心病', '贫血', '糖尿病', '继发性甲旁亢'])} 第${i + 1}号随访对象 需每月上门走访一次`;
      p.note = i % 3 === 0 ? `${p.name}的家属已签署知情同意书 社区网格员${pop.cadre()}负责日常联系` : '';
      return p;
    });
    const s = ledgerSheet({
      name: '透析患者',
      title: '街道透析患者汇总台账',
      header: DIALYSIS_HEADER,
      rows: people,
      mergeDown: ['所属社区'],
    });
    return workbook('dialysis', [s]);
  },
});

rawCase(
  'cn-date-formats',
  'pregnant',
  138,
  {},
  'date cells in the formats of Chinese Excel and WPS: built-in numFmtId 31 / 57 / 58 (no definition in the file), [$-804]yyyy"年"m"月"d"日";@, yyyy/m/d;@, [DBNum1] (Chinese numerals); a 预产期 holding a formula error (#VALUE!: flagged, kept in 其他信息)',
  {
    community: '荣光社区',
    rows: 8,
    tweak(people) {
      const formats = [
        'builtin31',
        'builtin57',
        'builtin58',
        '[$-804]yyyy"年"m"月"d"日";@',
        'yyyy/m/d;@',
        '[DBNum1][$-804]yyyy"年"m"月"d"日"',
        'builtin31',
      ];
      formats.forEach((fmt, i) => {
        cell(people[i], '末次月经', { date: people[i].fields.lastMenstrualDate, fmt });
        cell(people[i], '预产期', { date: people[i].fields.dueDate, fmt });
      });
      const broken = people[7];
      delete broken.fields.dueDate;
      broken.extra['预产期'] = '#VALUE!';
      cell(broken, '预产期', { error: '#VALUE!' });
      broken.$warn = 'extra';
    },
  },
);
rawCase(
  'chartsheet',
  'dialysis',
  139,
  { chartFirst: '透析人数图' },
  'a chart sheet (no cells) before the worksheet; names written as rich text (the surname in bold: <r> runs in the shared strings)',
  {
    community: '东盛社区',
    tweak(people) {
      for (const p of people)
        cell(p, '姓名', {
          rich: [
            [p.name.slice(0, 1), true],
            [p.name.slice(1), false],
          ],
        });
    },
  },
);

define({
  id: 'cell-kinds',
  covers:
    'cell kinds as BIFF8 and OOXML store them: boolean cells (是否建档: kept in 其他信息 as TRUE / FALSE), an error cell (#N/A in 预产期: flagged, kept in 其他信息), phones as number cells, dates formatted [$-804]yyyy"年"m"月"d"日";@ and yyyy/m/d;@, names as rich text',
  outputs: [
    ['lo-cell-kinds.xls', 'lo-xls'],
    ['lo-cell-kinds.xlsx', 'lo-xlsx'],
    ['exceljs-cell-kinds.xlsx', 'exceljs'],
  ],
  build() {
    const pop = population(140);
    const people = Array.from({ length: 6 }, () => pop.pregnant('新月路社区'));
    const header = [...PREGNANT_HEADER.slice(0, 12), '是否建档', '包保干部', '备注'];
    people.forEach((p, i) => {
      const filed = i % 2 === 0;
      cell(p, '是否建档', filed);
      p.extra['是否建档'] = filed ? 'TRUE' : 'FALSE';
      cell(p, '联系电话', Number(p.phones[0]));
      const fmt = i % 2 ? 'yyyy/m/d;@' : '[$-804]yyyy"年"m"月"d"日";@';
      cell(p, '末次月经', { date: p.fields.lastMenstrualDate, fmt });
      cell(p, '预产期', { date: p.fields.dueDate, fmt });
      cell(p, '姓名', {
        rich: [
          [p.name.slice(0, 1), true],
          [p.name.slice(1), false],
        ],
      });
    });
    const broken = people[4];
    delete broken.fields.dueDate;
    broken.extra['预产期'] = '#N/A';
    cell(broken, '预产期', { error: '#N/A' });
    broken.$warn = 'extra';
    return workbook('pregnant', [ledgerSheet({ name: '孕产妇', header, rows: people })]);
  },
});
