/**
 * The sheet names of an .xlsx, cheaply: only the workbook part is read, none of the sheets.
 */
import { openWorkbookPackage } from './workbookPackage';

export interface SheetName {
  name: string;
  hidden: boolean;
}

/** The names of the sheets of an .xlsx, in tab order; throws the same AppErrors as readXlsxSheets. */
export async function readSheetNames(file: string): Promise<SheetName[]> {
  const pkg = await openWorkbookPackage(file);
  pkg.zip.close();
  return pkg.sheets.map(({ name, hidden }) => ({ name, hidden }));
}
