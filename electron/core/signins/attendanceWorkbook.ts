/** 考勤统计 as a workbook in the official style: a 汇总 sheet, then one sheet per 派出单位. */
import ExcelJS from 'exceljs';
import { recordExport } from '../audit/exportRecord';
import type { ParsedInput } from '../../../shared/contract';
import { todayText } from '../../../shared/domain/dates';
import type { AttendanceReport } from '../../../shared/domain/signins/types';
import type { StagedFile } from '../../../shared/platform';
import type { Ctx } from '../context';
import { formSheet, uniqueSheetName, type FormColumn, type FormHeading } from '../excel/export/formSheet';
import { readSettings } from '../settings/handlers';
import { attendanceReport } from './attendance';

type Column = FormColumn;

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
    uniqueSheetName(taken, '汇总'),
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
      uniqueSheetName(taken, unit.unit),
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
