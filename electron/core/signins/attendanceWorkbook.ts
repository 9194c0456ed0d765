/** 考勤统计 as a workbook in the official style: a 汇总 sheet, then one sheet per 派出单位. */
import ExcelJS from 'exceljs';
import { recordExport } from '../audit/exportRecord';
import type { ParsedInput } from '../../../shared/contract';
import { todayText } from '../../../shared/domain/dates';
import type { AttendanceReport } from '../../../shared/domain/signins/types';
import type { StagedFile } from '../../../shared/platform';
import type { Ctx } from '../context';
import { a4PageSetup, columnLetters, pageFooter, safeSheetName } from '../excel/export/sheet';
import {
  dataStyles,
  headerStyle,
  metaLeftStyle,
  metaRightStyle,
  titleStyle,
  type CellLook,
} from '../excel/export/styles';
import { readSettings } from '../settings/handlers';
import { attendanceReport } from './attendance';

type Column = [header: string, width: number, look: CellLook];

const UNIT_COLUMNS: Column[] = [
  ['序号', 6, 'center'],
  ['派出单位', 30, 'left'],
  ['下沉人数', 10, 'number'],
  ['签到天次', 10, 'number'],
  ['在岗时长（小时）', 14, 'number'],
  ['未签退次数', 12, 'number'],
];
const PERSON_COLUMNS: Column[] = [
  ['序号', 6, 'center'],
  ['姓名', 12, 'center'],
  ['派出单位', 28, 'left'],
  ['下沉社区', 14, 'center'],
  ['签到天数', 10, 'number'],
  ['在岗时长（小时）', 14, 'number'],
  ['未签退天数', 12, 'number'],
];

interface Heading {
  title: string;
  unit: string;
  date: string;
}

function formSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  heading: Heading,
  columns: Column[],
  rows: (string | number)[][],
) {
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: 3 }],
    pageSetup: a4PageSetup(3, { orientation: 'portrait' }),
    headerFooter: pageFooter,
  });
  sheet.columns = columns.map(([, width]) => ({ width }));
  const last = columnLetters(columns.length);
  const split = Math.ceil(columns.length / 2);
  sheet.getRow(1).height = 36;
  sheet.getCell('A1').value = heading.title;
  sheet.getCell('A1').style = titleStyle;
  sheet.mergeCells(`A1:${last}1`);
  sheet.getRow(2).height = 24;
  sheet.getCell('A2').value = heading.unit;
  sheet.getCell('A2').style = metaLeftStyle;
  sheet.mergeCells(`A2:${columnLetters(split)}2`);
  const right = sheet.getCell(`${columnLetters(split + 1)}2`);
  right.value = heading.date;
  right.style = metaRightStyle;
  sheet.mergeCells(`${columnLetters(split + 1)}2:${last}2`);
  const header = sheet.getRow(3);
  header.height = 30;
  columns.forEach(([text], i) => Object.assign(header.getCell(i + 1), { value: text, style: headerStyle }));
  rows.forEach((values, r) => {
    const row = sheet.getRow(4 + r);
    row.height = 20;
    values.forEach((value, i) => Object.assign(row.getCell(i + 1), { value, style: dataStyles[columns[i]![2]] }));
  });
}

/** Sheet names unique within the workbook, after Excel's rules (≤ 31 characters, no []:*?/\). */
function uniqueName(taken: Set<string>, name: string): string {
  let candidate = safeSheetName(name);
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${safeSheetName(name).slice(0, 27)}(${n})`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

export async function writeAttendanceWorkbook(
  filePath: string,
  report: AttendanceReport,
  streetName: string,
  today: string,
) {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '街道台账';
  const period = `统计期间：${report.from} 至 ${report.to}`;
  const filler = `填报单位：${streetName || '（街道名称未设置）'}`;
  const taken = new Set<string>();
  const totals = report.units.reduce(
    (t, u) => ({
      people: t.people + u.people,
      days: t.days + u.days,
      minutes: t.minutes + u.hours * 10,
      missing: t.missing + u.missingSignOut,
    }),
    { people: 0, days: 0, minutes: 0, missing: 0 },
  );
  formSheet(
    workbook,
    uniqueName(taken, '汇总'),
    { title: `${streetName}下沉干部考勤汇总表`, unit: filler, date: `${period}　填报日期：${today}` },
    UNIT_COLUMNS,
    [
      ...report.units.map((u, i) => [i + 1, u.unit, u.people, u.days, u.hours, u.missingSignOut]),
      ['合计', '', totals.people, totals.days, Math.round(totals.minutes) / 10, totals.missing],
    ],
  );
  for (const unit of report.units) {
    const people = report.people.filter((p) => p.unit === unit.unit);
    formSheet(
      workbook,
      uniqueName(taken, unit.unit),
      {
        title: `${unit.unit}下沉干部考勤统计表`,
        unit: `${filler}　派出单位：${unit.unit}`,
        date: `${period}　填报日期：${today}`,
      },
      PERSON_COLUMNS,
      [
        ...people.map((p, i) => [i + 1, p.name, p.unit, p.community, p.days, p.hours, p.missingSignOut]),
        ['合计', `${unit.people}人`, '', '', unit.days, unit.hours, unit.missingSignOut],
      ],
    );
  }
  await workbook.xlsx.writeFile(filePath);
}

export async function attendanceExport(ctx: Ctx, input: ParsedInput<'attendance.export'>): Promise<StagedFile> {
  const report = attendanceReport(ctx, input);
  const { fileId, filePath } = ctx.files.allocate(`下沉干部考勤统计-${input.from}至${input.to}.xlsx`);
  await writeAttendanceWorkbook(filePath, report, readSettings(ctx).streetName, todayText(ctx.now()));
  recordExport(ctx, 'attendance.export', {
    from: input.from,
    to: input.to,
    people: report.people.length,
    masked: true, // no ID numbers in it
  });
  return ctx.files.describe(fileId);
}
