import { compactText } from './compactRows';
import type { ImportSession } from './session';

/**
 * The rows in error, with their original cells and a 错误说明 column, one sheet per source
 * sheet, so staff can fix them in Excel and import the file again.
 */
export async function writeErrorReport(session: ImportSession, filePath: string): Promise<void> {
  // Loaded when a report is asked for: an import thread starts sooner without it.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const bySheet = new Map<string, typeof session.items>();
  for (const item of session.items) {
    if (item.status !== 'error') continue;
    bySheet.set(item.sheet, [...(bySheet.get(item.sheet) ?? []), item]);
  }
  for (const [sheetName, items] of bySheet) {
    const analyzed = session.analyzed.find((a) => a.analysis.name === sheetName)!;
    const columns = analyzed.header!.columns;
    const sheet = workbook.addWorksheet(sheetName.slice(0, 31));
    const header = sheet.addRow([...columns.map((c) => c.raw || c.header), '原行号', '错误说明']);
    header.font = { bold: true };
    for (const item of items) {
      const messages = Object.values(item.checked.errors);
      const row = sheet.addRow([
        ...columns.map((c) => compactText(item.cells[c.index])),
        item.row,
        messages.join('；'),
      ]);
      // Text, so ID numbers and phones come back exactly as they were typed.
      row.eachCell((cell, n) => {
        if (n <= columns.length) cell.numFmt = '@';
      });
      row.getCell(columns.length + 2).font = { color: { argb: 'FFC00000' } };
    }
    sheet.columns.forEach((column, i) => (column.width = i === columns.length + 1 ? 60 : 18));
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
  }
  if (bySheet.size === 0) workbook.addWorksheet('没有错误').addRow(['本次导入没有错误行。']);
  await workbook.xlsx.writeFile(filePath);
}
