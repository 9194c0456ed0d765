import { describe, expect, it } from 'vitest';
import { textCell } from '../../../electron/core/excel/read/cells';
import { cleanHeader, detectHeader } from '../../../electron/core/excel/read/header';
import { readCsvSheets } from '../../../electron/core/excel/read/csv';
import { fixture, isKnownHeader, readAll } from './helpers';
import { loadedRows, streamedRows } from './sheetRows';

const row = (rowNumber: number, ...texts: string[]) => ({ rowNumber, cells: texts.map(textCell) });
const headers = (detected: ReturnType<typeof detectHeader>) => detected!.columns.map((c) => c.header);

describe('cleanHeader', () => {
  it.each([
    ['身份证号码\n(18位)', '身份证号码'],
    [' 姓 名 ', '姓名'],
    ['\u3000现住址\u3000', '现住址'],
    ['联系电话（必填）', '联系电话'],
    ['*姓名', '姓名'],
    ['姓名*', '姓名'],
    ['预产期：', '预产期'],
    ['预产期(年月日)：', '预产期'],
    ['【必填】手机号', '手机号'],
    ['身高[cm]', '身高'],
    ['ＩＤ号', 'ID号'],
    ['(必填)', '(必填)'],
  ])('%j → %j', (raw, cleaned) => {
    expect(cleanHeader(raw)).toBe(cleaned);
  });
});

describe('detectHeader on the fixtures', () => {
  it.each([
    ['streamed', streamedRows],
    ['loaded', loadedRows],
  ] as const)('湖东 (%s): header row 3, with title, unit and date', async (_, read) => {
    const detected = detectHeader(await read(fixture('孕产妇台账-湖东社区.xlsx')), isKnownHeader);
    expect(detected).toMatchObject({
      headerRowNumber: 3,
      title: '南湖街道湖东社区孕产妇管理服务台账',
      unit: '湖东社区居委会',
      reportDate: '2022年4月18日',
    });
    expect(detected!.groupRowNumber).toBeUndefined();
    expect(headers(detected)).toEqual([
      '序号',
      '姓名',
      '身份证号码',
      '联系电话',
      '现住址',
      '孕周',
      '预产期',
      '产检医院',
      '妊娠风险等级',
      '高危因素',
      '包保干部',
      '备注',
    ]);
    expect(detected!.columns.map((c) => c.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(detected!.columns.every((c) => c.group === undefined)).toBe(true);
    expect(detected!.score).toBe(11);
  });

  it.each([
    ['streamed', streamedRows],
    ['loaded', loadedRows],
  ] as const)('透析 (%s): header row 3 under the group row 2', async (_, read) => {
    const detected = detectHeader(await read(fixture('透析患者台账-新月路社区.xlsx')), isKnownHeader);
    expect(detected).toMatchObject({
      headerRowNumber: 3,
      groupRowNumber: 2,
      title: '柳影街道新月路社区透析患者服务台账',
    });
    expect(detected!.columns.map((c) => [c.header, c.group])).toEqual([
      ['序号', '基本信息'],
      ['姓名', '基本信息'],
      ['性别', '基本信息'],
      ['公民身份号码', '基本信息'],
      ['手机号', '基本信息'],
      ['居住地址', '基本信息'],
      ['透析方式', '透析情况'],
      ['透析医院', '透析情况'],
      ['透析频次', '透析情况'],
      ['透析时间', '透析情况'],
      ['陪护人及电话', '其他'],
      ['备注', '其他'],
    ]);
  });

  it('下沉干部名单: header row 1, no title', async () => {
    const detected = detectHeader(await streamedRows(fixture('下沉干部名单.xlsx')), isKnownHeader);
    expect(detected).toMatchObject({ headerRowNumber: 1, score: 9 });
    expect(detected!.title).toBeUndefined();
    expect(headers(detected)).toEqual([
      '序号',
      '姓名',
      '性别',
      '派出单位',
      '职务',
      '政治面貌',
      '联系电话',
      '下沉社区',
      '认领岗位',
    ]);
  });

  it.each([0, 1, 2])('三社区汇总 sheet %i: header row 1', async (sheet) => {
    const detected = detectHeader(await streamedRows(fixture('孕产妇台账-三社区汇总.xlsx'), sheet), isKnownHeader);
    expect(detected!.headerRowNumber).toBe(1);
    expect(headers(detected)).toEqual(['姓名', '身份证号', '联系电话', '预产期', '所属社区']);
  });

  it('the sign-in CSV: header row 1', async () => {
    const [sheet] = await readAll(readCsvSheets(fixture('签到记录-2022-04-18.csv')));
    const detected = detectHeader(sheet!.rows, isKnownHeader);
    expect(detected!.headerRowNumber).toBe(1);
    expect(headers(detected)).toEqual(['日期', '姓名', '派出单位', '下沉社区', '签到时间', '签退时间', '备注']);
  });
});

describe('detectHeader on other shapes', () => {
  it('uses a group cell merged down over both rows as the header, streamed or loaded', () => {
    // A2:A3 序号 and B2:B3 姓名 merged down; C2:D2 联系方式 over 联系电话 / 手机号; E2:E3 备注.
    const streamed = [row(2, '序号', '姓名', '联系方式', '', '备注'), row(3, '', '', '联系电话', '手机号')];
    const loaded = [
      row(2, '序号', '姓名', '联系方式', '联系方式', '备注'),
      row(3, '序号', '姓名', '联系电话', '手机号', '备注'),
    ];
    for (const rows of [streamed, loaded]) {
      const detected = detectHeader(rows, isKnownHeader);
      expect(detected).toMatchObject({ headerRowNumber: 3, groupRowNumber: 2 });
      expect(detected!.columns.map((c) => [c.index, c.header, c.group])).toEqual([
        [0, '序号', undefined],
        [1, '姓名', undefined],
        [2, '联系电话', '联系方式'],
        [3, '手机号', '联系方式'],
        [4, '备注', undefined],
      ]);
    }
  });

  it('does not take a key: value line or a title above the header for a group row', () => {
    const keyValue = detectHeader(
      [row(1, '社区：湖东', '', '网格：第一网格', ''), row(2, '姓名', '性别', '联系电话', '现住址')],
      isKnownHeader,
    );
    expect(keyValue).toMatchObject({ headerRowNumber: 2 });
    expect(keyValue!.groupRowNumber).toBeUndefined();
    expect(keyValue!.columns.every((c) => c.group === undefined)).toBe(true);
    const title = detectHeader(
      [row(1, '孕产妇台账', '', '', ''), row(2, '姓名', '性别', '联系电话', '现住址')],
      isKnownHeader,
    );
    expect(title).toMatchObject({ headerRowNumber: 2, title: '孕产妇台账' });
    expect(title!.groupRowNumber).toBeUndefined();
  });

  it('finds unit and date in one cell, or a label whose value is in the next cell', () => {
    const oneCell = detectHeader(
      [row(1, '填报单位：湖东社区居委会      填报日期：2022年4月18日'), row(2, '姓名', '联系电话')],
      isKnownHeader,
    );
    expect(oneCell).toMatchObject({ headerRowNumber: 2, unit: '湖东社区居委会', reportDate: '2022年4月18日' });
    const nextCell = detectHeader(
      [row(1, '填报单位：', '柳影社区', '', '填报日期:', '2022-04-18'), row(2, '姓名', '联系电话')],
      isKnownHeader,
    );
    expect(nextCell).toMatchObject({ unit: '柳影社区', reportDate: '2022-04-18' });
    expect(nextCell!.title).toBeUndefined();
  });

  it('cleans header text and keeps it as written', () => {
    const detected = detectHeader([row(4, '*姓名', '身份证号码\n（18位）', '', '联系电话：')], isKnownHeader);
    expect(detected!.columns).toEqual([
      { index: 0, header: '姓名', raw: '*姓名' },
      { index: 1, header: '身份证号码', raw: '身份证号码\n（18位）' },
      { index: 3, header: '联系电话', raw: '联系电话：' },
    ]);
  });

  it('prefers the row naming the most known columns, and never a title or a 填报 line', () => {
    const rows = [
      row(1, '姓名 联系电话 汇总表'),
      row(2, '填报单位：姓名', '联系电话'),
      row(3, '姓名', '备用'),
      row(4, '姓名', '联系电话', '现住址'),
      row(5, '张三', '13912345678', '湖东社区'),
    ];
    expect(detectHeader(rows, isKnownHeader)!.headerRowNumber).toBe(4);
  });

  it('gives null when no row names two known columns, or the header is below row 15', () => {
    expect(detectHeader([row(1, '姓名', '备用'), row(2, '张三', '1')], isKnownHeader)).toBeNull();
    const deep = [...Array.from({ length: 15 }, (_, i) => row(i + 1, `说明${i}`, 'x')), row(16, '姓名', '联系电话')];
    expect(detectHeader(deep, isKnownHeader)).toBeNull();
    expect(detectHeader([], isKnownHeader)).toBeNull();
  });
});
