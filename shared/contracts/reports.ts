import type { DailyReport } from '../domain/reports/daily';
import type { StagedFile } from '../platform';
import { reportDailyExportInput, reportDailyInput } from '../schemas/reports';
import { method } from './method';

/** Built-in reports: figures only, never a person's data. */
export const reportContract = {
  /** The 日报 of one day: per community per ledger kind 在册/新增/结案, the other indicators, the tallies. */
  'reports.daily': method(reportDailyInput).returns<DailyReport>(),
  /** The 日报 as a workbook in the official style, with 填报人 / 审核人, staged for the user to save. */
  'reports.dailyExport': method(reportDailyExportInput).returns<StagedFile>(),
};
