import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSheetNames } from '../../../electron/core/excel/read/sheetNames';
import { readSheets } from '../../../electron/core/excel/read/source';
import { readXlsxSheets } from '../../../electron/core/excel/read/workbook';
import { readAll, tempDir, writeZip } from './helpers';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';

interface BookSheet {
  name: string;
  /** The <sheetData> content. */
  data: string;
  state?: string;
  /** Where the relationship points; 'worksheets/sheetN.xml' by default. */
  target?: string;
  type?: string;
  /** What follows <sheetData>; a one-row title merged across A1:C1 by default. */
  tail?: string;
}

/** A workbook put together part by part, as other programs than Excel write them. */
function book(
  sheets: BookSheet[],
  options: {
    sharedStrings?: string[] | string;
    styles?: string;
    workbookPr?: string;
    store?: (name: string) => string | null;
  } = {},
): string {
  const rels = sheets
    .map(
      (s, i) =>
        `<Relationship Id="rId${i + 1}" Type="${REL}/${s.type ?? 'worksheet'}" Target="${s.target ?? `worksheets/sheet${i + 1}.xml`}"/>`,
    )
    .join('');
  const parts: [string, string][] = [
    [
      '_rels/.rels',
      `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ],
    [
      'xl/workbook.xml',
      `<workbook xmlns="${MAIN}" xmlns:r="${REL}">${options.workbookPr ?? ''}<sheets>${sheets
        .map(
          (s, i) =>
            `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"${s.state ? ` state="${s.state}"` : ''}/>`,
        )
        .join('')}</sheets></workbook>`,
    ],
    ['xl/_rels/workbook.xml.rels', `<Relationships xmlns="${PKG}">${rels}</Relationships>`],
  ];
  sheets.forEach((s, i) => {
    const name = options.store?.(`xl/worksheets/sheet${i + 1}.xml`) ?? `xl/worksheets/sheet${i + 1}.xml`;
    parts.push([
      name,
      `<worksheet xmlns="${MAIN}"><sheetData>${s.data}</sheetData>${s.tail ?? '<mergeCells count="1"><mergeCell ref="A1:C1"/></mergeCells>'}</worksheet>`,
    ]);
  });
  const { sharedStrings } = options;
  if (sharedStrings !== undefined)
    parts.push([
      'xl/sharedStrings.xml',
      typeof sharedStrings === 'string'
        ? sharedStrings
        : `<sst xmlns="${MAIN}">${sharedStrings.map((t) => `<si><t>${t}</t></si>`).join('')}</sst>`,
    ]);
  if (options.styles) parts.push(['xl/styles.xml', options.styles]);
  const file = path.join(tempDir(), 'book.xlsx');
  writeZip(file, parts);
  return file;
}

const texts = (rows: { cells: { text: string }[] }[]) => rows.map((r) => r.cells.map((c) => c.text));

describe('the workbook reader on packages other programs write', () => {
  it('reads the sheets in tab order, skips chart sheets, and names hidden ones', async () => {
    const file = book([
      { name: '汇总', data: '<row r="1"><c r="A1" t="inlineStr"><is><t>一</t></is></c></row>' },
      { name: '图表', data: '', type: 'chartsheet', target: 'chartsheets/sheet1.xml' },
      { name: '底稿', data: '<row r="1"><c r="A1"><v>2</v></c></row>', state: 'veryHidden' },
    ]);
    const sheets = await readAll(readXlsxSheets(file));
    expect(sheets.map((s) => [s.name, s.hidden])).toEqual([
      ['汇总', false],
      ['底稿', true],
    ]);
    expect(await readSheetNames(file)).toEqual([
      { name: '汇总', hidden: false },
      { name: '底稿', hidden: true },
    ]);
  });

  it('sorts rows a web system wrote out of order, and fills cells merged down, tags prefixed or not', async () => {
    const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
    const file = book([
      {
        name: '乱序',
        data: [
          `<row r="4">${inline('B4', '李娜')}</row>`,
          `<row r="1">${inline('A1', '社区')}${inline('B1', '姓名')}</row>`,
          `<row r="3">${inline('B3', '王芳')}</row>`,
          `<row r="2">${inline('A2', '湖东社区')}${inline('B2', '张丽')}</row>`,
          `<row r="4">${inline('C4', '后补')}</row>`,
        ].join(''),
        tail: '<x:mergeCells xmlns:x="urn:x"><x:mergeCell ref="A2:A4"/></x:mergeCells>',
      },
    ]);
    const [sheet] = await readAll(readSheets(file));
    expect(sheet!.rows.map((r) => r.rowNumber)).toEqual([1, 2, 3, 4]);
    expect(texts(sheet!.rows)).toEqual([
      ['社区', '姓名'],
      ['湖东社区', '张丽'],
      ['湖东社区', '王芳'],
      ['湖东社区', '李娜', '后补'],
    ]);
    expect(sheet!.rows.map((r) => r.merged ?? [])).toEqual([[], [], [0], [0]]);
  });

  it('reads elements written with a namespace prefix', async () => {
    const file = path.join(tempDir(), 'prefixed.xlsx');
    writeZip(file, [
      [
        'xl/workbook.xml',
        `<x:workbook xmlns:x="${MAIN}" xmlns:r="${REL}"><x:sheets><x:sheet name="名单" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>`,
      ],
      [
        'xl/_rels/workbook.xml.rels',
        `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="/xl/worksheets/sheet1.xml"/></Relationships>`,
      ],
      [
        'xl/worksheets/sheet1.xml',
        `<x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row r="2"><x:c r="B2" t="s"><x:v>0</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
      ],
      ['xl/sharedStrings.xml', `<x:sst xmlns:x="${MAIN}"><x:si><x:t>王芳</x:t></x:si></x:sst>`],
    ]);
    const [sheet] = await readAll(readXlsxSheets(file));
    expect(sheet!.rows).toEqual([
      {
        rowNumber: 2,
        cells: [
          { kind: 'empty', text: '' },
          { kind: 'text', text: '王芳' },
        ],
      },
    ]);
  });

  it('decodes entities, joins rich text runs and leaves out phonetic guides', async () => {
    const sst = `<sst xmlns="${MAIN}"><si><t>A &amp; B &lt;1&gt; &#x4E2D;</t></si><si><r><t>张</t></r><r><rPr><b/></rPr><t xml:space="preserve"> 三</t></r><rPh sb="0" eb="1"><t>zhang</t></rPh></si></sst>`;
    const file = book(
      [
        {
          name: '名单',
          data:
            '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>' +
            '<c r="C1" t="inlineStr"><is><r><t>李</t></r><r><t>四</t></r><rPh><t>li</t></rPh></is></c>' +
            '<c r="D1" t="str"><f>A1&amp;""</f><v>x&quot;y</v></c><c r="E1" t="s"><v>99</v></c></row>',
        },
      ],
      { sharedStrings: sst },
    );
    const [sheet] = await readAll(readXlsxSheets(file));
    expect(texts(sheet!.rows)).toEqual([['A & B <1> 中', '张 三', '李四', 'x"y']]);
  });

  it('reads ISO dates, booleans, errors, and cells and rows written without references', async () => {
    const file = book([
      {
        name: '名单',
        data:
          '<row><c t="d"><v>2022-09-05</v></c><c t="d"><v>2022-09-05T07:30:00</v></c><c t="b"><v>1</v></c><c t="e"><v>#N/A</v></c></row>' +
          '<row><c><v>1.5</v></c><c/><c><v>3</v></c></row><row r="7"><c r="C7"><v>4</v></c></row>',
      },
    ]);
    const [sheet] = await readAll(readXlsxSheets(file));
    expect(sheet!.rows).toEqual([
      {
        rowNumber: 1,
        cells: [
          { kind: 'date', text: '2022-09-05', date: '2022-09-05' },
          { kind: 'date', text: '2022-09-05 07:30', date: '2022-09-05', time: '07:30' },
          { kind: 'bool', text: 'TRUE' },
          { kind: 'error', text: '#N/A' },
        ],
      },
      {
        rowNumber: 2,
        cells: [
          { kind: 'number', text: '1.5', number: 1.5 },
          { kind: 'empty', text: '' },
          { kind: 'number', text: '3', number: 3 },
        ],
      },
      {
        rowNumber: 7,
        cells: [
          { kind: 'empty', text: '' },
          { kind: 'empty', text: '' },
          { kind: 'number', text: '4', number: 4 },
        ],
      },
    ]);
  });

  it('reads cells written the usual way in one step exactly as tag by tag, across chunk ends too', async () => {
    const styles = `<styleSheet xmlns="${MAIN}"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>`;
    // Each cell as Excel writes it, which the reader takes whole, and with its attributes in
    // another order, which it reads tag by tag; the rows must come out the same.
    const cells: [reference: string, attributes: [string, string][], rest: string][] = [
      ['A', [['t', 's']], '><v>0</v></c>'],
      ['B', [], '><v>-1.5E-3</v></c>'],
      ['C', [['s', '1']], '><v>44809</v></c>'],
      [
        'D',
        [
          ['s', '1'],
          ['t', 'b'],
        ],
        '><v>1</v></c>',
      ],
      ['E', [['t', 'e']], '><v>#N/A</v></c>'],
      ['F', [['t', 'str']], '><v> 有空格 </v></c>'],
      ['G', [['t', 'd']], '><v>2022-09-05</v></c>'],
      ['H', [['s', '1']], '/>'],
      ['J', [['t', 's']], '><v>7</v></c>'],
      ['K', [['t', 's']], '><v></v></c>'],
      ['L', [['t', 's']], '><v>1</v></c>'],
    ];
    const sheetData = (usual: boolean) => {
      let data = '';
      for (let row = 1; row <= 30_000; row++) {
        data += `<row r="${row}">`;
        for (const [column, attributes, rest] of cells) {
          const r: [string, string] = ['r', `${column}${row}`];
          const all = usual ? [r, ...attributes] : [...attributes.reverse(), r];
          if (!usual) attributes.reverse();
          data += `<c${all.map(([name, value]) => ` ${name}="${value}"`).join('')}${rest}`;
        }
        data += '</row>';
      }
      return data;
    };
    const read = async (usual: boolean) => {
      const file = book([{ name: '名单', data: sheetData(usual) }], { sharedStrings: ['王芳', '_x000D_换行'], styles });
      const [sheet] = await readAll(readXlsxSheets(file));
      return sheet!.rows;
    };
    const usual = await read(true);
    expect(usual).toHaveLength(30_000);
    expect(texts(usual.slice(0, 1))).toEqual([
      ['王芳', '-0.0015', '2022-09-05', 'TRUE', '#N/A', ' 有空格 ', '2022-09-05', '', '', '', '', '\n换行'],
    ]);
    expect(usual).toEqual(await read(false));
  });

  it('uses a workbook’s own number formats, which may take the id of a built-in one', async () => {
    const styles = `<styleSheet xmlns="${MAIN}"><numFmts count="2"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/><numFmt numFmtId="14" formatCode="0.00"/></numFmts>
      <cellStyleXfs count="1"><xf numFmtId="176"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="176"/><xf numFmtId="14"/></cellXfs></styleSheet>`;
    const file = book(
      [
        {
          name: '名单',
          data: '<row r="1"><c r="A1" s="1"><v>44809</v></c><c r="B1" s="2"><v>44809</v></c><c r="C1"><v>44809</v></c></row>',
        },
      ],
      {
        styles,
      },
    );
    const [sheet] = await readAll(readXlsxSheets(file));
    expect(texts(sheet!.rows)).toEqual([['2022-09-05', '44809', '44809']]);
  });

  it('finds parts whose stored name differs in case from the relationship', async () => {
    const file = book([{ name: '名单', data: '<row r="1"><c r="A1" t="s"><v>0</v></c></row>' }], {
      sharedStrings: ['刘洋'],
      store: (name) => name.replace('sheet1', 'Sheet1'),
    });
    const [sheet] = await readAll(readXlsxSheets(file));
    expect(texts(sheet!.rows)).toEqual([['刘洋']]);
  });

  it('refuses a workbook that lists a sheet it does not hold, and a sheet whose XML breaks off', async () => {
    const missing = book([{ name: '名单', data: '', target: 'worksheets/gone.xml' }]);
    await expect(readAll(readXlsxSheets(missing))).rejects.toMatchObject({ code: 'BAD_INPUT' });
    await expect(readSheetNames(missing)).rejects.toMatchObject({ code: 'BAD_INPUT' });
    const cut = path.join(tempDir(), 'cut.xlsx');
    writeZip(cut, [
      [
        'xl/workbook.xml',
        `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="名单" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      ],
      [
        'xl/_rels/workbook.xml.rels',
        `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
      ],
      [
        'xl/worksheets/sheet1.xml',
        `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><v>2`,
      ],
    ]);
    await expect(readAll(readXlsxSheets(cut))).rejects.toMatchObject({ code: 'BAD_INPUT' });
  });

  it('refuses a part that inflates to far more than its stated size', async () => {
    const styles = `<styleSheet xmlns="${MAIN}">${' '.repeat(65 * 1024 * 1024)}</styleSheet>`;
    const file = book([{ name: '名单', data: '<row r="1"><c r="A1"><v>1</v></c></row>' }], { styles });
    // The directory says the part is 100 bytes.
    const bytes = fs.readFileSync(file);
    const name = Buffer.from('xl/styles.xml');
    for (let at = bytes.indexOf(name); at >= 0; at = bytes.indexOf(name, at + 1)) {
      if (bytes.readUInt32LE(at - 46) === 0x02014b50) bytes.writeUInt32LE(100, at - 46 + 24);
      else if (bytes.readUInt32LE(at - 30) === 0x04034b50) bytes.writeUInt32LE(100, at - 30 + 22);
    }
    fs.writeFileSync(file, bytes);
    await expect(readAll(readXlsxSheets(file))).rejects.toMatchObject({ code: 'BAD_INPUT' });
  });
});
