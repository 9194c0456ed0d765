/** reports.daily and reports.dailyExport: the 日报's figures, and the same figures as a workbook. */
import { recordExport } from '../audit/exportRecord';
import type { HandlerMap, MethodsOf } from '../context';
import { staged } from '../excel/export/handlers';
import { readSettings } from '../settings/handlers';
import { dailyReport } from './daily';
import { writeDailyWorkbook } from './dailyWorkbook';

/** 南湖街道日报-20261123.xlsx (without the street when it is not set). */
export const dailyFileName = (streetName: string, date: string) => `${streetName}日报-${date.replaceAll('-', '')}.xlsx`;

export const reportHandlers: HandlerMap<MethodsOf<'reports'>> = {
  'reports.daily': (ctx, { date }) => dailyReport(ctx, date),

  'reports.dailyExport': async (ctx, { date, preparer, reviewer }) => {
    const report = dailyReport(ctx, date);
    const { streetName } = readSettings(ctx);
    const file = await staged(ctx, dailyFileName(streetName, date), (filePath) =>
      writeDailyWorkbook(filePath, report, streetName, { preparer, reviewer }),
    );
    // Only counts are in the file; the log says which day and that it was signed.
    recordExport(ctx, 'reports.dailyExport', {
      report: 'daily',
      date,
      signed: { preparer: Boolean(preparer), reviewer: Boolean(reviewer) },
    });
    return file;
  },
};
