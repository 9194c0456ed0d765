// Makes the legacy .xls/.et test files in tests/unit/excel/files/xls/: each workbook is built as
// an .xlsx with exceljs, then saved as Excel 97–2003 (BIFF8) by LibreOffice, as an office PC's
// "另存为 Excel 97-2003 工作簿" would. Run by hand (`node scripts/corpus/make-xls.mjs`) when the files
// need to change; it needs LibreOffice (soffice) on the PATH. CI never runs it: the files are committed.
//
// A WPS .et file of the kind old WPS versions write is an OLE2 compound file holding a BIFF8
// workbook, byte for byte the same kind of file as an .xls: the .et here is the .xls copied under
// that name.
//
// The password-protected .xls is saved by LibreOffice too, through a Basic macro in a throwaway
// LibreOffice profile (soffice has no command-line option for a password); if that fails, the
// script says so and leaves that one file out.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';

const root = path.resolve(import.meta.dirname, '../..');
const out = path.join(root, 'tests/unit/excel/files/xls');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'make-xls-'));

/** A valid ID number (GB 11643 MOD 11-2 check digit) from its first 17 digits. */
function withCheckDigit(body) {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((s, d, i) => s + Number(d) * weights[i], 0);
  return body + '10X98765432'[sum % 11];
}
const womanId = (birth, n) => withCheckDigit(`220104${birth}${String(n * 2).padStart(3, '0')}`);

/**
 * A woman's valid ID that ends in 000 and is exactly a double: what Excel keeps of an ID typed as
 * a number (15 significant digits) when the ID happens to end in 000 and survives it.
 */
function numericWomanId() {
  for (let day = 1; day <= 28; day++) {
    for (let seq = 0; seq <= 9; seq++) {
      const id = withCheckDigit(`220104199402${String(day).padStart(2, '0')}${seq}00`);
      if (id.endsWith('000') && Number.isSafeInteger(Number(id) / 1000) && String(Number(id)) === id) return id;
    }
  }
  throw new Error('no such ID');
}

const utcDate = (y, m, d) => new Date(Date.UTC(y, m - 1, d));

async function writeLedger(file, { date1904 = false } = {}) {
  const workbook = new ExcelJS.Workbook();
  if (date1904) workbook.properties.date1904 = true;
  const sheet = workbook.addWorksheet('孕产妇台账');
  sheet.addRow(['湖东社区孕产妇管理服务台账']);
  sheet.mergeCells('A1:J1');
  sheet.addRow(['序号', '姓名', '身份证号码', '联系电话', '所属社区', '现住址', '预产期', '产检医院', '妊娠风险等级', '备注']);
  const people = [
    ['李春梅', womanId('19930122', 1), '13904312222', '湖东社区', '湖东小区3栋2单元101室', utcDate(2027, 3, 5), '长春市妇产医院', '绿', ''],
    ['王晓燕', womanId('19950607', 2), '13804315555', null, '湖东小区5栋1单元302室', utcDate(2027, 1, 31), '吉林大学第一医院', '黄', '二胎'],
    ['赵丽', numericWomanId(), '0431-85201234', null, '湖东小区8栋3单元501室', utcDate(2026, 12, 1), '长春市妇产医院', '绿', '身份证号以数字保存'],
    ['孙静', womanId('19900315', 4), '13504318888', '柳影社区', '柳影路12号', utcDate(2027, 6, 18), '长春市妇产医院', '橙', '高龄'],
    ['周敏', womanId('19981230', 5), '13604319999', null, '柳影路20号', utcDate(2027, 2, 28), '吉林大学第一医院', '绿', ''],
  ];
  people.forEach((person, i) => {
    const row = sheet.addRow([i + 1, ...person]);
    const [name, id] = person;
    const idCell = row.getCell(3);
    if (name === '赵丽') idCell.value = Number(id);
    else idCell.numFmt = '@';
    row.getCell(4).numFmt = '@';
    row.getCell(7).numFmt = date1904 ? 'yyyy"年"m"月"d"日"' : 'yyyy-mm-dd';
  });
  // 所属社区 written once for each community and merged down its rows, as offices do.
  sheet.mergeCells('E3:E5');
  sheet.mergeCells('E6:E7');
  if (!date1904) {
    const notes = workbook.addWorksheet('填表说明');
    notes.state = 'hidden';
    notes.addRow(['项目', '值']);
    notes.addRow(['已核实', true]);
    notes.addRow(['未核实', false]);
    notes.addRow(['人数', { formula: 'COUNTA(孕产妇台账!B3:B7)', result: 5 }]);
    notes.addRow(['比例', { formula: '1/0', result: { error: '#DIV/0!' } }]);
    notes.addRow(['上报时间', utcDate(2026, 12, 5)]);
    notes.getCell('B6').numFmt = 'yyyy/m/d';
    notes.addRow(['签到时间', new Date(Date.UTC(1899, 11, 30, 8, 30))]);
    notes.getCell('B7').numFmt = 'h:mm';
    notes.addRow(['平均孕周', 27.5]);
    notes.addRow(['说明', '第一行\n第二行']);
    notes.addRow([]);
    notes.addRow(['备注', null, '隔列']);
  }
  await workbook.xlsx.writeFile(file);
}

function soffice(args) {
  const profile = pathToFileURL(path.join(work, 'profile')).href;
  const run = spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', ...args], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (run.status !== 0) throw new Error(`soffice failed: ${run.stderr || run.stdout}`);
  return run;
}

function toXls(xlsx) {
  soffice(['--convert-to', 'xls:MS Excel 97', '--outdir', work, xlsx]);
  return xlsx.replace(/\.xlsx$/, '.xls');
}

/** Saves an .xls again with an open password, through a LibreOffice Basic macro. */
function encrypt(source, target, password, filter = 'MS Excel 97') {
  const basic = path.join(work, 'profile/user/basic/Standard');
  fs.mkdirSync(basic, { recursive: true });
  fs.writeFileSync(
    path.join(basic, 'Encrypt.xba'),
    `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Encrypt" script:language="StarBasic">
Sub SaveWithPassword(src As String, dst As String, pwd As String, filter As String)
  Dim load(0) As New com.sun.star.beans.PropertyValue
  load(0).Name = "Hidden" : load(0).Value = True
  doc = StarDesktop.loadComponentFromURL(src, "_blank", 0, load())
  Dim save(1) As New com.sun.star.beans.PropertyValue
  save(0).Name = "FilterName" : save(0).Value = filter
  save(1).Name = "Password" : save(1).Value = pwd
  doc.storeToURL(dst, save())
  doc.close(True)
End Sub
</script:module>
`,
  );
  fs.writeFileSync(
    path.join(basic, 'script.xlb'),
    `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE library:library PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "library.dtd">
<library:library xmlns:library="http://openoffice.org/2000/library" library:name="Standard" library:readonly="false" library:passwordprotected="false">
 ${fs.existsSync(path.join(basic, 'Module1.xba')) ? '<library:element library:name="Module1"/>' : ''}
 <library:element library:name="Encrypt"/>
</library:library>
`,
  );
  const url = (file) => pathToFileURL(file).href;
  soffice([`macro:///Standard.Encrypt.SaveWithPassword("${url(source)}","${url(target)}","${password}","${filter}")`]);
  if (!fs.existsSync(target)) throw new Error('LibreOffice wrote no file');
}

try {
  fs.mkdirSync(out, { recursive: true });
  const ledger = path.join(work, '孕产妇台账-湖东社区.xlsx');
  await writeLedger(ledger);
  const xls = toXls(ledger);
  fs.copyFileSync(xls, path.join(out, '孕产妇台账-湖东社区.xls'));
  fs.copyFileSync(xls, path.join(out, '孕产妇台账-湖东社区.et'));

  const old = path.join(work, '孕产妇台账-1904.xlsx');
  await writeLedger(old, { date1904: true });
  fs.copyFileSync(toXls(old), path.join(out, '孕产妇台账-1904.xls'));

  try {
    const locked = path.join(work, '加密.xls');
    encrypt(xls, locked, '123456');
    fs.copyFileSync(locked, path.join(out, '孕产妇台账-加密.xls'));
  } catch (error) {
    console.warn(`the password-protected .xls was not made: ${error.message}`);
  }
  for (const name of fs.readdirSync(out)) console.log(`${name}\t${fs.statSync(path.join(out, name)).size} bytes`);
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
