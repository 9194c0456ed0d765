/** Hand-written OOXML: the shapes web systems, .NET tools and WPS write, zipped with `zip`. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { colName } from './layout.mjs';
import { serialOf } from './people.mjs';
import { isDate, isFormula } from './writers.mjs';

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_PR = 'http://schemas.openxmlformats.org/package/2006/relationships';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/**
 * The date formats a cell may carry: [name used by the model, numFmtId, format code (null: built in)].
 * 31, 57 and 58 are built-in formats of Chinese Excel (yyyy"年"m"月"d"日", yyyy"年"m"月", m"月"d"日"),
 * written without a definition.
 */
const DATE_FORMATS = [
  ['yyyy-mm-dd', 176, 'yyyy\\-mm\\-dd'],
  ['yyyy"年"m"月"d"日"', 177, 'yyyy"年"m"月"d"日"'],
  ['m/d/yyyy', 14, null],
  ['yyyy-mm-dd hh:mm:ss', 178, 'yyyy\\-mm\\-dd\\ hh:mm:ss'],
  ['builtin31', 31, null],
  ['builtin57', 57, null],
  ['builtin58', 58, null],
  ['[$-804]yyyy"年"m"月"d"日";@', 179, '[$-804]yyyy"年"m"月"d"日";@'],
  ['yyyy/m/d;@', 180, 'yyyy/m/d;@'],
  ['[DBNum1][$-804]yyyy"年"m"月"d"日"', 181, '[DBNum1][$-804]yyyy"年"m"月"d"日"'],
];

/**
 * raw options:
 *   strings 'shared' | 'inline'   shared-string table, or t="inlineStr" cells
 *   styles false                  no styles part at all (then no cell can be a date)
 *   prefix 'x:'                   every SpreadsheetML tag namespace-prefixed (<x:row>, <x:c>)
 *   noRefs true                   rows and cells without r attributes (empty cells written as <c/>)
 *   dimension 'A1:C3'             the dimension the sheet claims (may lie)
 *   order [rowNumbers]            the order rows are written in (rows out of order)
 *   date1904 true                 workbookPr date1904="1"
 *   sharedFormulas {col: {f}}     a column written as one shared formula over its data rows
 *   chartFirst '图表'              a chart sheet of that name before the worksheets
 *   wps true                      WPS-style extra parts: custom.xml (KSOProductBuildVer), cellimages.xml, extLst
 */
export function writeRaw(model, file, options = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-corpus-raw-'));
  const put = (name, text) => {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  };
  const x = options.prefix ?? '';
  const xmlns = x ? `xmlns:${x.slice(0, -1)}="${NS_MAIN}"` : `xmlns="${NS_MAIN}"`;
  const styles = options.styles !== false;
  const sst = [];
  const sstIndex = new Map();
  /** The index of a string (or, xml true, of ready-made rich-text runs) in the shared-string table. */
  const shared = (text, xml = false) => {
    const key = `${xml ? 'x' : 't'}${text}`;
    if (!sstIndex.has(key))
      (sstIndex.set(key, sst.length), sst.push(xml ? text : `<${x}t xml:space="preserve">${esc(text)}</${x}t>`));
    return sstIndex.get(key);
  };
  const xfOf = (fmt) => {
    const at = DATE_FORMATS.findIndex(([name]) => name === (fmt ?? 'yyyy-mm-dd'));
    if (at < 0) throw new Error(`no style for ${fmt}`);
    return at + 1;
  };
  const cellXml = (v, ref, formula) => {
    const r = ref && !options.noRefs ? ` r="${ref}"` : '';
    const f = formula ?? (isFormula(v) ? `<${x}f>${esc(v.f)}</${x}f>` : '');
    const value = isFormula(v) ? v.v : v;
    if (value === null || value === undefined) return options.noRefs ? `<${x}c/>` : '';
    if (isDate(value)) {
      if (!styles) throw new Error('a date cell needs a styles part');
      return `<${x}c${r} s="${xfOf(value.fmt)}">${f}<${x}v>${serialOf(value.date, options.date1904)}</${x}v></${x}c>`;
    }
    if (typeof value === 'number') return `<${x}c${r}>${f}<${x}v>${value}</${x}v></${x}c>`;
    if (typeof value === 'object' && 'numText' in value)
      return `<${x}c${r}>${f}<${x}v>${value.numText}</${x}v></${x}c>`;
    if (typeof value === 'object' && 'error' in value)
      return `<${x}c${r} t="e">${f}<${x}v>${esc(value.error)}</${x}v></${x}c>`;
    if (typeof value === 'object' && 'rich' in value) {
      const runs = value.rich
        .map(
          ([text, bold]) =>
            `<${x}r>${bold ? `<${x}rPr><${x}b/><${x}sz val="11"/></${x}rPr>` : ''}<${x}t xml:space="preserve">${esc(text)}</${x}t></${x}r>`,
        )
        .join('');
      if (options.strings === 'inline') return `<${x}c${r} t="inlineStr"><${x}is>${runs}</${x}is></${x}c>`;
      return `<${x}c${r} t="s"><${x}v>${shared(runs, true)}</${x}v></${x}c>`;
    }
    if (typeof value === 'boolean') return `<${x}c${r} t="b">${f}<${x}v>${value ? 1 : 0}</${x}v></${x}c>`;
    if (f) return `<${x}c${r} t="str">${f}<${x}v>${esc(value)}</${x}v></${x}c>`;
    if (options.strings === 'inline')
      return `<${x}c${r} t="inlineStr"><${x}is><${x}t xml:space="preserve">${esc(value)}</${x}t></${x}is></${x}c>`;
    return `<${x}c${r} t="s"><${x}v>${shared(value)}</${x}v></${x}c>`;
  };

  model.sheets.forEach((s, i) => {
    const width = Math.max(...s.rows.map((row) => row.length));
    const numbers = s.rows.map((_, r) => r + 1);
    const order = options.order ?? numbers;
    const body = [];
    for (const n of order) {
      const row = s.rows[n - 1];
      if (!row || row.every((v) => v === null || v === undefined)) continue;
      const cells = row.map((v, c) => {
        const col = colName(c);
        const sf = options.sharedFormulas?.[col];
        let formula;
        if (sf && n >= sf.from && n <= sf.to) {
          formula =
            n === sf.from
              ? `<${x}f t="shared" ref="${col}${sf.from}:${col}${sf.to}" si="${sf.si}">${esc(sf.f)}</${x}f>`
              : `<${x}f t="shared" si="${sf.si}"/>`;
        }
        return cellXml(v, `${col}${n}`, formula);
      });
      if (options.noRefs) while (cells.length && cells.at(-1) === `<${x}c/>`) cells.pop();
      const r = options.noRefs ? '' : ` r="${n}"`;
      body.push(`<${x}row${r}>${cells.join('')}</${x}row>`);
    }
    const dimension = options.dimension ?? `A1:${colName(width - 1)}${s.rows.length}`;
    const merges = s.merges.length
      ? `<${x}mergeCells count="${s.merges.length}">${s.merges.map((m) => `<${x}mergeCell ref="${m}"/>`).join('')}</${x}mergeCells>`
      : '';
    const sheetPr = options.wps ? `<${x}sheetPr><${x}pageSetUpPr fitToPage="1"/></${x}sheetPr>` : '';
    const extLst = options.wps
      ? `<${x}extLst><${x}ext uri="{2D9387EB-5337-4D45-933B-B4D357D02E09}" xmlns:etc="http://www.wps.cn/officeDocument/2017/etCustomData"><etc:sheetComments/></${x}ext></${x}extLst>`
      : '';
    put(
      `xl/worksheets/sheet${i + 1}.xml`,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${x}worksheet ${xmlns} xmlns:r="${NS_R}">${sheetPr}<${x}dimension ref="${dimension}"/><${x}sheetViews><${x}sheetView workbookViewId="0"/></${x}sheetViews><${x}sheetFormatPr defaultRowHeight="14.25"/><${x}sheetData>${body.join('')}</${x}sheetData>${merges}<${x}pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>${extLst}</${x}worksheet>`,
    );
  });

  // A chart sheet (a chart on a tab of its own) comes first when options.chartFirst: no cells at all.
  const chart = options.chartFirst
    ? `<${x}sheet name="${esc(options.chartFirst)}" sheetId="${model.sheets.length + 1}" r:id="rIdChart"/>`
    : '';
  const sheetsXml =
    chart +
    model.sheets.map((s, i) => `<${x}sheet name="${esc(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
  const workbookPr = options.date1904 ? `<${x}workbookPr date1904="1"/>` : `<${x}workbookPr/>`;
  put(
    'xl/workbook.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${x}workbook ${xmlns} xmlns:r="${NS_R}">${workbookPr}<${x}bookViews><${x}workbookView/></${x}bookViews><${x}sheets>${sheetsXml}</${x}sheets></${x}workbook>`,
  );
  const rels = model.sheets.map(
    (_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  );
  const overrides = model.sheets.map(
    (_, i) =>
      `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
  );
  if (options.chartFirst) {
    rels.push(`<Relationship Id="rIdChart" Type="${REL}/chartsheet" Target="chartsheets/sheet1.xml"/>`);
    overrides.push(
      '<Override PartName="/xl/chartsheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml"/>',
    );
    put(
      'xl/chartsheets/sheet1.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${x}chartsheet ${xmlns} xmlns:r="${NS_R}"><${x}sheetPr/><${x}sheetViews><${x}sheetView zoomScale="90" workbookViewId="0"/></${x}sheetViews><${x}pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></${x}chartsheet>`,
    );
  }
  let next = model.sheets.length + 1;
  if (styles) {
    const custom = DATE_FORMATS.filter(([, , code]) => code);
    const numFmts = `<${x}numFmts count="${custom.length}">${custom.map(([, id, code]) => `<${x}numFmt numFmtId="${id}" formatCode="${esc(code)}"/>`).join('')}</${x}numFmts>`;
    const xf = (id) =>
      `<${x}xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0"${id ? ' applyNumberFormat="1"' : ''}/>`;
    const cellXfs = `<${x}cellXfs count="${DATE_FORMATS.length + 1}">${xf(0)}${DATE_FORMATS.map(([, id]) => xf(id)).join('')}</${x}cellXfs>`;
    rels.push(`<Relationship Id="rId${next++}" Type="${REL}/styles" Target="styles.xml"/>`);
    overrides.push(
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>',
    );
    put(
      'xl/styles.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${x}styleSheet ${xmlns}>${numFmts}<${x}fonts count="1"><${x}font><${x}sz val="11"/><${x}name val="宋体"/><${x}charset val="134"/></${x}font></${x}fonts><${x}fills count="2"><${x}fill><${x}patternFill patternType="none"/></${x}fill><${x}fill><${x}patternFill patternType="gray125"/></${x}fill></${x}fills><${x}borders count="1"><${x}border><${x}left/><${x}right/><${x}top/><${x}bottom/><${x}diagonal/></${x}border></${x}borders><${x}cellStyleXfs count="1"><${x}xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></${x}cellStyleXfs>${cellXfs}<${x}cellStyles count="1"><${x}cellStyle name="常规" xfId="0" builtinId="0"/></${x}cellStyles></${x}styleSheet>`,
    );
  }
  if (sst.length) {
    rels.push(`<Relationship Id="rId${next++}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
    overrides.push(
      '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>',
    );
    put(
      'xl/sharedStrings.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${x}sst ${xmlns} count="${sst.length}" uniqueCount="${sst.length}">${sst.map((t) => `<${x}si>${t}</${x}si>`).join('')}</${x}sst>`,
    );
  }
  const docRels = [`<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>`];
  if (options.wps) {
    rels.push(
      `<Relationship Id="rId${next++}" Type="http://www.wps.cn/officeDocument/2020/cellImage" Target="cellimages.xml"/>`,
    );
    put(
      'xl/cellimages.xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<etc:cellImages xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:etc="http://www.wps.cn/officeDocument/2017/etCustomData"></etc:cellImages>',
    );
    overrides.push(
      '<Override PartName="/xl/cellimages.xml" ContentType="application/vnd.wps-officedocument.cellimage+xml"/>',
    );
    docRels.push(
      `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>`,
      `<Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/>`,
      `<Relationship Id="rId4" Type="${REL}/custom-properties" Target="docProps/custom.xml"/>`,
    );
    put(
      'docProps/core.xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>Administrator</dc:creator><cp:lastModifiedBy>WPS_1650000000</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">2022-04-18T01:20:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2022-04-18T02:31:00Z</dcterms:modified></cp:coreProperties>',
    );
    put(
      'docProps/app.xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>WPS 表格</Application><HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>工作表</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant></vt:vector></HeadingPairs></Properties>',
    );
    put(
      'docProps/custom.xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="KSOProductBuildVer"><vt:lpwstr>2052-11.1.0.11875</vt:lpwstr></property><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="ICV"><vt:lpwstr>9F3A1C2B7E0D4E5C8A6B1D2E3F4A5B6C</vt:lpwstr></property></Properties>',
    );
    put(
      'customXml/item1.xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<s:customData xmlns="http://www.wps.cn/officeDocument/2013/wpsCustomData" xmlns:s="http://www.wps.cn/officeDocument/2013/wpsCustomData"><customSheetViews/></s:customData>',
    );
    put(
      'customXml/_rels/item1.xml.rels',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS_PR}"><Relationship Id="rId1" Type="${REL}/customXmlProps" Target="itemProps1.xml"/></Relationships>`,
    );
    put(
      'customXml/itemProps1.xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<ds:datastoreItem ds:itemID="{B1977F7D-205B-4081-913C-38D41E755F92}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="http://www.wps.cn/officeDocument/2013/wpsCustomData"/></ds:schemaRefs></ds:datastoreItem>',
    );
    overrides.push(
      '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>',
      '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>',
      '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>',
      '<Override PartName="/customXml/itemProps1.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/>',
    );
  }
  put(
    'xl/_rels/workbook.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS_PR}">${rels.join('')}</Relationships>`,
  );
  put(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS_PR}">${docRels.join('')}</Relationships>`,
  );
  put(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${overrides.join('')}</Types>`,
  );
  fs.rmSync(file, { force: true });
  // [Content_Types].xml first, as Office writes it; -X leaves out extra (time, uid) fields.
  for (const args of [
    ['-X', '-q', file, '[Content_Types].xml'],
    ['-X', '-q', '-r', file, '.', '-x', '[Content_Types].xml'],
  ]) {
    const run = spawnSync('zip', args, { cwd: dir, encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`zip failed: ${run.stderr}`);
  }
  fs.rmSync(dir, { recursive: true, force: true });
}
