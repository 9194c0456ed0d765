import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readCsvSheets } from '../../../electron/core/excel/read/csv';
import { readSheets } from '../../../electron/core/excel/read/source';
import { decodeText } from '../../../electron/core/excel/read/textEncoding';
import { fixture, readAll, tempDir } from './helpers';

const texts = (cells: { text: string }[]) => cells.map((cell) => cell.text);

describe('readCsvSheets', () => {
  it('reads the GBK sign-in fixture as one sheet named after the file', async () => {
    const sheets = await readAll(readCsvSheets(fixture('签到记录-2022-04-18.csv')));
    expect(sheets).toHaveLength(1);
    const [sheet] = sheets;
    expect(sheet!.name).toBe('签到记录-2022-04-18');
    expect(sheet!.rows).toHaveLength(41);
    expect(sheet!.rows.map((r) => r.rowNumber)).toEqual(Array.from({ length: 41 }, (_, i) => i + 1));
    expect(texts(sheet!.rows[0]!.cells)).toEqual([
      '日期',
      '姓名',
      '派出单位',
      '下沉社区',
      '签到时间',
      '签退时间',
      '备注',
    ]);
    const data = sheet!.rows.slice(1);
    expect(data.every((r) => r.cells[0]!.text === '2022/4/18')).toBe(true);
    expect(sheet!.rows[1]!.cells).toEqual([
      { kind: 'text', text: '2022/4/18' },
      { kind: 'text', text: '江玉兰' },
      { kind: 'text', text: '市交通国有资产经营有限公司' },
      { kind: 'text', text: '湖东社区' },
      { kind: 'text', text: '8:00' },
      { kind: 'empty', text: '' },
      { kind: 'text', text: '未签退' },
    ]);
    // Trailing empty cells are left off, as in a workbook.
    expect(texts(sheet!.rows[2]!.cells)).toEqual(['2022/4/18', '侯欣怡', '区城市管理局', '惠达社区', '07:55', '20:30']);
    const signIns = data.map((r) => r.cells[4]!.text);
    expect(signIns).toContain('7:5');
    expect(signIns).toContain('8:02');
    expect(data.filter((r) => r.cells[6]?.text === '未签退')).toHaveLength(6);
    expect(data.flatMap((r) => r.cells).every((c) => c.kind === 'text' || c.kind === 'empty')).toBe(true);
  });

  it('reads UTF-8 with a BOM: quotes, CRLF inside quotes, ragged rows, blank lines, ="007"', async () => {
    const file = path.join(tempDir(), '居民名单.csv');
    const body =
      '姓名,身份证号码,备注\r\n"张三","110101199003078000","住址：""南湖""小区\r\n2栋"\r\n李四,="0012",\r\n\r\n王五\r\n';
    fs.writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(body, 'utf8')]));
    const [sheet] = await readAll(readCsvSheets(file));
    expect(sheet!.name).toBe('居民名单');
    expect(sheet!.rows.map((r) => [r.rowNumber, texts(r.cells)])).toEqual([
      [1, ['姓名', '身份证号码', '备注']],
      [2, ['张三', '110101199003078000', '住址："南湖"小区\n2栋']],
      [3, ['李四', '0012']],
      [4, []],
      [5, ['王五']],
    ]);
  });

  it('reads UTF-8 without a BOM, and a tab-separated UTF-16 "Unicode 文本" file', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'a.csv'), '姓名,电话\n赵丽,13912345678\n');
    fs.writeFileSync(
      path.join(dir, 'b.txt'),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('姓名\t电话\r\n赵丽\t13912345678\r\n', 'utf16le')]),
    );
    for (const name of ['a.csv', 'b.txt']) {
      const [sheet] = await readAll(readCsvSheets(path.join(dir, name)));
      expect(sheet!.rows.map((r) => texts(r.cells))).toEqual([
        ['姓名', '电话'],
        ['赵丽', '13912345678'],
      ]);
    }
  });

  it('tells GBK from UTF-8 by whether the bytes are valid UTF-8', () => {
    const gbk = iconv.encode('姓名,联系电话\r\n邹春梅,18656557247\r\n', 'gbk');
    expect(decodeText(gbk)).toEqual({ text: '姓名,联系电话\r\n邹春梅,18656557247\r\n', encoding: 'gb18030' });
    expect(decodeText(Buffer.from('\ufeff姓名', 'utf8'))).toEqual({ text: '姓名', encoding: 'utf-8' });
    // A character outside GBK but inside GB18030 still decodes.
    expect(decodeText(iconv.encode('𠮷', 'gb18030')).text).toBe('𠮷');
  });

  it('refuses an empty file, a binary file, and an unclosed quote, saying what to do', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, '空.csv'), '\r\n');
    fs.writeFileSync(path.join(dir, '图片.csv'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    fs.writeFileSync(path.join(dir, '引号.csv'), '姓名,备注\n张三,"没有结束\n');
    await expect(readAll(readCsvSheets(path.join(dir, '空.csv')))).rejects.toMatchObject({
      code: 'BAD_INPUT',
      message: expect.stringMatching(/是空的/),
    });
    await expect(readAll(readCsvSheets(path.join(dir, '图片.csv')))).rejects.toMatchObject({
      code: 'BAD_INPUT',
      message: expect.stringMatching(/不是文本/),
    });
    await expect(readAll(readCsvSheets(path.join(dir, '引号.csv')))).rejects.toMatchObject({
      code: 'BAD_INPUT',
      message: expect.stringMatching(/引号没有配对/),
    });
    await expect(readAll(readCsvSheets(path.join(dir, '没有.csv')))).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('readSheets', () => {
  it('reads each file by what it is, whatever its name says', async () => {
    const dir = tempDir();
    const renamed = path.join(dir, '其实是工作簿.csv');
    fs.copyFileSync(fixture('孕产妇台账-三社区汇总.xlsx'), renamed);
    expect((await readAll(readSheets(renamed))).map((s) => s.name)).toEqual(['湖东社区', '新月路社区', '柳影社区']);
    const [csv] = await readAll(readSheets(fixture('签到记录-2022-04-18.csv')));
    expect(csv!.rows).toHaveLength(41);
    const text = path.join(dir, '名单.pdf');
    fs.writeFileSync(text, '姓名\n');
    await expect(readAll(readSheets(text))).rejects.toMatchObject({ code: 'BAD_INPUT' });
  });
});
