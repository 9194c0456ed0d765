/**
 * Hostile files for the import: workbooks with the worst content Excel allows, workbooks
 * whose XML is wrong, damaged zips, and bytes that are no workbook or CSV at all.
 */
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { HOSTILE_TEXT, type Rng } from './prng';

export interface HostileFile {
  label: string;
  name: string;
  bytes: Buffer;
}

export const FIXTURES = path.resolve(import.meta.dirname, '../../../../shared/fixtures');

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const contentTypes = (sheetType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml') =>
  `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="${sheetType}"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`;
const rootRels = `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const workbook = (sheetName = '台账') =>
  `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="${sheetName}" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const workbookRels = (target = 'worksheets/sheet1.xml') =>
  `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="${target}"/><Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`;
const sheet = (rows: string) => `${XML}<worksheet xmlns="${MAIN}"><sheetData>${rows}</sheetData></worksheet>`;
const strings = (items: string[]) =>
  `${XML}<sst xmlns="${MAIN}" count="${items.length}" uniqueCount="${items.length}">${items.map((s) => `<si><t>${s}</t></si>`).join('')}</sst>`;

const escapeXml = (s: string) =>
  s.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);

/** A header row the importers recognise, so that hostile rows under it are read, not skipped. */
const HEADER = ['姓名', '身份证号码', '联系电话', '派出单位', '下沉社区', '日期', '签到时间', '签退时间', '备注'];

async function zipOf(parts: Record<string, string | Buffer>, compression: 'STORE' | 'DEFLATE' = 'DEFLATE') {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(parts)) zip.file(name, content);
  return zip.generateAsync({ type: 'nodebuffer', compression });
}

/** A minimal workbook with the given parts replaced or left out (null). */
function handmade(overrides: Record<string, string | Buffer | null>, compression?: 'STORE' | 'DEFLATE') {
  const parts: Record<string, string | Buffer | null> = {
    '[Content_Types].xml': contentTypes(),
    '_rels/.rels': rootRels,
    'xl/workbook.xml': workbook(),
    'xl/_rels/workbook.xml.rels': workbookRels(),
    'xl/sharedStrings.xml': strings(HEADER),
    'xl/worksheets/sheet1.xml': sheet(
      `<row r="1">${HEADER.map((_, i) => `<c r="${String.fromCharCode(65 + i)}1" t="s"><v>${i}</v></c>`).join('')}</row>`,
    ),
    ...overrides,
  };
  const kept = Object.fromEntries(Object.entries(parts).filter(([, v]) => v !== null)) as Record<
    string,
    string | Buffer
  >;
  return zipOf(kept, compression);
}

function hostileCell(rng: Rng): ExcelJS.CellValue {
  switch (rng.int(0, 9)) {
    case 0:
      return rng.pick(HOSTILE_TEXT);
    case 1:
      return '长'.repeat(rng.pick([32_767, 100_000]));
    case 2:
      return {
        formula: rng.pick(['1/0', 'A1', 'HYPERLINK("http://example.com")', 'NOW()', 'XFD1048576+1']),
        result: rng.pick<ExcelJS.CellValue>([
          undefined,
          0,
          '',
          '#DIV/0!',
          { error: '#REF!' } as ExcelJS.CellErrorValue,
          'x',
        ]),
      } as ExcelJS.CellValue;
    case 3:
      return rng.pick([NaN, Infinity, -Infinity, 1e308, -1e308, 2 ** 53 + 1, -0, 4e-320]);
    case 4:
      return rng.pick([new Date(-8.64e15), new Date(8.64e15), new Date(0), new Date('1899-12-30T00:00:00Z')]);
    case 5:
      return { richText: [{ text: '<b>王</b>' }, { text: rng.pick(HOSTILE_TEXT), font: { bold: true } }] };
    case 6:
      return { text: rng.pick(HOSTILE_TEXT), hyperlink: 'javascript:alert(1)' };
    case 7:
      return rng.pick([true, false, null]);
    case 8:
      return { error: '#N/A' } as ExcelJS.CellErrorValue;
    default:
      return rng.pick(['110101199003074476', '1.10101199003074E+17', '13900000001', '2022/4/18', '8:00', '25:99']);
  }
}

/** Workbooks exceljs can write: valid files with the worst content. */
async function excelWorkbook(rng: Rng): Promise<{ label: string; bytes: Buffer }> {
  const book = new ExcelJS.Workbook();
  const variant = rng.int(0, 5);
  const sheets = variant === 4 ? rng.int(20, 60) : 1;
  for (let s = 0; s < sheets; s++) {
    const name = variant === 4 ? `${rng.pick(['表', '<b>', "x'y", 'Sheet', '&amp;'])}${s}`.slice(0, 31) : '台账';
    const ws = book.addWorksheet(name);
    if (variant === 1) {
      // Thousands of columns.
      const width = rng.int(1000, 3000);
      ws.addRow(Array.from({ length: width }, (_, i) => (i < HEADER.length ? HEADER[i] : `列${i}`)));
      ws.addRow(Array.from({ length: width }, () => rng.pick(HOSTILE_TEXT)));
      continue;
    }
    if (rng.chance(0.7)) ws.addRow(HEADER);
    const rows = variant === 5 ? rng.int(100, 300) : rng.int(1, 12);
    for (let r = 0; r < rows; r++) ws.addRow(Array.from({ length: HEADER.length }, () => hostileCell(rng)));
    if (variant === 2) ws.mergeCells(1, 1, rng.int(2, 200), rng.int(2, 50));
    if (variant === 3) ws.getCell(rng.int(1000, 1_048_576), rng.int(100, 16_384)).value = '远处的一格';
  }
  const bytes = Buffer.from(await book.xlsx.writeBuffer());
  return { label: `exceljs workbook variant ${variant}`, bytes };
}

/** Workbooks whose XML or structure is wrong. */
async function brokenWorkbook(rng: Rng): Promise<{ label: string; bytes: Buffer }> {
  const depth = rng.pick([1000, 20_000, 100_000]);
  const cases: [string, () => Promise<Buffer>][] = [
    ['no workbook.xml', () => handmade({ 'xl/workbook.xml': null })],
    ['workbook.xml is not XML', () => handmade({ 'xl/workbook.xml': '{"sheets": []}' })],
    ['no sheet part', () => handmade({ 'xl/worksheets/sheet1.xml': null })],
    ['sheet part is not XML', () => handmade({ 'xl/worksheets/sheet1.xml': rng.bytes(2000) })],
    [
      'deeply nested sheet XML',
      () =>
        handmade({
          'xl/worksheets/sheet1.xml': sheet('<row r="1">' + '<c>'.repeat(depth) + '</c>'.repeat(depth) + '</row>'),
        }),
    ],
    ['deeply nested, never closed', () => handmade({ 'xl/worksheets/sheet1.xml': sheet('<x>'.repeat(depth)) })],
    [
      'entity expansion (billion laughs)',
      () => {
        let dtd = '<!DOCTYPE lolz [<!ENTITY lol0 "lol">';
        for (let i = 1; i < 10; i++) dtd += `<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`;
        dtd += ']>';
        return handmade({ 'xl/sharedStrings.xml': `${XML}${dtd}<sst xmlns="${MAIN}"><si><t>&lol9;</t></si></sst>` });
      },
    ],
    [
      'external entity',
      () =>
        handmade({
          'xl/sharedStrings.xml': `${XML}<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><sst xmlns="${MAIN}"><si><t>&e;</t></si></sst>`,
        }),
    ],
    [
      'truncated sheet XML',
      () =>
        handmade({
          'xl/worksheets/sheet1.xml': sheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row>').slice(0, rng.int(10, 120)),
        }),
    ],
    [
      'shared string index out of range',
      () =>
        handmade({
          'xl/worksheets/sheet1.xml': sheet(
            `<row r="1"><c r="A1" t="s"><v>${rng.pick(['99999', '-1', 'abc', '1e9', ''])}</v></c></row>`,
          ),
        }),
    ],
    [
      'cell references out of range',
      () =>
        handmade({
          'xl/worksheets/sheet1.xml': sheet(
            `<row r="${rng.pick(['0', '-5', '4294967296', '1048577', 'x'])}"><c r="${rng.pick(['A0', 'ZZZZZZ1', 'XFD1048577', '-1', '', '1A'])}"><v>1</v></c></row>`,
          ),
        }),
    ],
    [
      'cells of odd types',
      () =>
        handmade({
          'xl/worksheets/sheet1.xml': sheet(
            `<row r="2"><c r="A2" t="${rng.pick(['e', 'b', 'd', 'n', 'str', 'inlineStr', 'zz'])}"><v>${escapeXml(rng.pick(HOSTILE_TEXT))}</v><is><t>${'内'.repeat(rng.int(1, 5000))}</t></is></c><c r="B2" s="9999"><v>45000</v></c></row>`,
          ),
        }),
    ],
    [
      'styles are garbage',
      () =>
        handmade({
          'xl/styles.xml': `${XML}<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="abc" formatCode="&lt;script&gt;"/></numFmts><cellXfs count="1"><xf numFmtId="-1"/></cellXfs></styleSheet>`,
        }),
    ],
    ['sheet declared as an image', () => handmade({ '[Content_Types].xml': contentTypes('image/png') })],
    ['content types missing', () => handmade({ '[Content_Types].xml': null })],
    [
      'relationship points outside the package',
      () => handmade({ 'xl/_rels/workbook.xml.rels': workbookRels('../../../../etc/passwd') }),
    ],
    [
      'sheet name with markup',
      () => handmade({ 'xl/workbook.xml': workbook(escapeXml('<img src=x onerror=window.__xss=1>')) }),
    ],
    [
      'thousands of sheets declared, one present',
      () =>
        handmade({
          'xl/workbook.xml': `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${Array.from({ length: 3000 }, (_, i) => `<sheet name="s${i}" sheetId="${i + 1}" r:id="rId1"/>`).join('')}</sheets></workbook>`,
        }),
    ],
    ['zip entry escaping the folder', () => handmade({ '../../evil.xml': '<x/>', '/abs.xml': '<x/>' })],
    ['stored, not deflated', () => handmade({}, 'STORE')],
    [
      'wrong checksum',
      async () => {
        const bytes = await handmade({}, 'STORE');
        const at = bytes.indexOf('<sheetData>');
        if (at > 0) bytes[at + 3] = bytes[at + 3]! ^ 0x20;
        return bytes;
      },
    ],
    [
      'a huge shared string',
      () =>
        handmade({
          'xl/sharedStrings.xml': strings(['串'.repeat(rng.pick([100_000, 500_000]))]),
          'xl/worksheets/sheet1.xml': sheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row>'),
        }),
    ],
  ];
  const [label, make] = rng.pick(cases);
  return { label, bytes: await make() };
}

/** A real workbook, damaged: cut short, bytes changed, a piece left out or repeated. */
function damaged(rng: Rng, original: Buffer): { label: string; bytes: Buffer } {
  const at = rng.int(0, original.length - 1);
  switch (rng.int(0, 3)) {
    case 0:
      return { label: `cut at ${at}`, bytes: original.subarray(0, at) };
    case 1: {
      const bytes = Buffer.from(original);
      const n = rng.int(1, 64);
      for (let i = 0; i < n; i++) bytes[rng.int(0, bytes.length - 1)] = rng.int(0, 255);
      return { label: `${n} bytes changed`, bytes };
    }
    case 2: {
      const length = rng.int(1, 4096);
      return {
        label: `${length} bytes left out at ${at}`,
        bytes: Buffer.concat([original.subarray(0, at), original.subarray(at + length)]),
      };
    }
    default: {
      const length = rng.int(1, 4096);
      return {
        label: `${length} bytes repeated at ${at}`,
        bytes: Buffer.concat([original.subarray(0, at + length), original.subarray(at)]),
      };
    }
  }
}

/** Bytes that are no workbook: empty, text, binary, old formats, CSV in odd encodings. */
function notAWorkbook(rng: Rng): { label: string; bytes: Buffer; ext?: string } {
  const gbk = Buffer.from('d0d5c3fb2cc9edb7ddd6a4bac5c2eb0d0a', 'hex'); // 姓名,身份证号码 in GBK
  const cases: [string, () => Buffer, string?][] = [
    ['empty file', () => Buffer.alloc(0)],
    ['text', () => Buffer.from('姓名,身份证号码\r\n张三,110101199003078000\r\n')],
    ['random binary', () => rng.bytes(rng.int(1, 70_000))],
    ['zip signature only', () => Buffer.from('PK\u0003\u0004')],
    ['zip signature and noise', () => Buffer.concat([Buffer.from('PK\u0003\u0004'), rng.bytes(rng.int(10, 5000))])],
    ['end-of-zip record only', () => Buffer.concat([Buffer.from('PK\u0005\u0006'), Buffer.alloc(18)])],
    ['OLE2 header', () => Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), rng.bytes(rng.int(0, 3000))])],
    [
      'HTML',
      () =>
        Buffer.from('<html><body><table><tr><td><img src=x onerror=window.__xss=1></td></tr></table></body></html>'),
    ],
    [
      'UTF-16LE with BOM and noise',
      () => Buffer.concat([Buffer.from([0xff, 0xfe]), rng.bytes(rng.int(0, 4000))]),
      '.csv',
    ],
    [
      'UTF-16BE CSV',
      () =>
        Buffer.concat([
          Buffer.from([0xfe, 0xff]),
          Buffer.from(Buffer.from(HEADER.join(',') + '\n王芳,1\n', 'utf16le').swap16()),
        ]),
      '.csv',
    ],
    ['GBK CSV', () => Buffer.concat([gbk, Buffer.from('cdf5b7bc2c3131300d0a', 'hex')]), '.csv'],
    [
      'invalid UTF-8',
      () =>
        Buffer.concat([
          Buffer.from(HEADER.join(',') + '\n'),
          Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xf0, 0x90, 0x28, 0xbc]),
        ]),
      '.csv',
    ],
    ['binary named .csv', () => Buffer.concat([Buffer.from('a,b\n'), Buffer.alloc(20), rng.bytes(2000)]), '.csv'],
    ['only a BOM', () => Buffer.from([0xef, 0xbb, 0xbf]), '.csv'],
    ['only line breaks', () => Buffer.from('\r\n\n\r'.repeat(rng.int(1, 1000))), '.csv'],
    ['unclosed quote', () => Buffer.from(`${HEADER.join(',')}\n"王芳,"110101199003074476\n"`), '.csv'],
    [
      '100,000 columns',
      () => Buffer.from(`${HEADER.join(',')}\n${Array.from({ length: 100_000 }, (_, i) => i).join(',')}\n`),
      '.csv',
    ],
    ['a 2 MB field', () => Buffer.from(`${HEADER.join(',')}\n"${'长'.repeat(600_000)}",1\n`), '.csv'],
    [
      'formulas and markup in CSV',
      () =>
        Buffer.from(
          `${HEADER.join(',')}\n${Array.from({ length: HEADER.length }, () => `"${rng.pick(HOSTILE_TEXT).replaceAll('"', '""')}"`).join(',')}\n`,
        ),
      '.csv',
    ],
    ['tab-separated with carriage returns only', () => Buffer.from(`${HEADER.join('\t')}\r王芳\t1\r`), '.txt'],
  ];
  const [label, make, ext] = rng.pick(cases);
  return { label, bytes: make(), ext };
}

const EXTENSIONS = ['.xlsx', '.xlsx', '.xlsx', '.csv', '.xls', '.et', '.txt', ''];

export async function hostileFile(rng: Rng, index: number): Promise<HostileFile> {
  const kind = rng.int(0, 9);
  let made: { label: string; bytes: Buffer; ext?: string };
  if (kind <= 1) made = await excelWorkbook(rng);
  else if (kind <= 4) made = await brokenWorkbook(rng);
  else if (kind <= 6) {
    const fixture = rng.pick(['孕产妇台账-湖东社区.xlsx', '下沉干部名单.xlsx', '透析患者台账-新月路社区.xlsx']);
    made = damaged(rng, fs.readFileSync(path.join(FIXTURES, fixture)));
    made.label = `${fixture}, ${made.label}`;
  } else made = notAWorkbook(rng);
  const ext = made.ext ?? (kind <= 6 ? rng.pick(['.xlsx', '.xlsx', '.xlsx', '.csv', '']) : rng.pick(EXTENSIONS));
  return { label: made.label, name: `导入${index}${ext}`, bytes: made.bytes };
}
