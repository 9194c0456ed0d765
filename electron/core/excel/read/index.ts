/** The reading layer of the import: files in, sheets of normalised cells out. */
export { normalizeCell, emptyCell, textCell, type Cell, type CellKind } from './cells';
export { readXlsxSheets } from './workbook';
export { readCsvSheets } from './csv';
export { readSheets, sourceKind, type SourceKind } from './source';
export { readSheetNames, type SheetName } from './sheetNames';
export { peekRows, type PeekedRows } from './peek';
export { cleanHeader, detectHeader, type DetectedHeader, type HeaderColumn } from './header';
export { classifyRow, classifyValues, type RowClass, type RowValue } from './dataRows';
export { rowBatches, type ReadOptions, type SheetRow, type SheetRows } from './sheet';
