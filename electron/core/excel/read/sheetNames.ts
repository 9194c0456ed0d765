/**
 * The sheet names of a workbook: of an .xlsx cheaply, only the workbook part being read, none of
 * the sheets; an .xls/.et is parsed whole.
 */
import { sourceKind } from './source';
import { openWorkbookPackage } from './workbookPackage';

export interface SheetName {
  name: string;
  hidden: boolean;
}

/** The names of the sheets of an .xlsx (or .xls/.et), in tab order; throws the same AppErrors as readSheets. */
export async function readSheetNames(file: string): Promise<SheetName[]> {
  if ((await sourceKind(file)) === 'xls') return (await import('./xls')).readXlsSheetNames(file);
  const pkg = await openWorkbookPackage(file);
  pkg.zip.close();
  return pkg.sheets.map(({ name, hidden }) => ({ name, hidden }));
}
