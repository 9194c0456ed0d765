/**
 * The blank form communities fill in and send back: the same title, 填报 line and header as an
 * export (the import reads exactly this layout), with empty bordered rows and drop-down lists.
 */
import type ExcelJS from 'exceljs';
import type { KindDef } from '../../ledgers/kinds';
import { ledgerColumns } from './columns';
import { columnLetters, HEADER_ROWS, openFormSheet } from './sheet';
import type { CellLook } from './styles';
import { WidthTracker } from './widths';

const EMPTY_ROWS = 30;
/** Drop-down lists reach below the bordered rows, for longer lists. */
const VALIDATED_ROWS = 1000;
/** Excel refuses a list written inline longer than this. */
const LIST_LIMIT = 255;

/** Room to write in an empty column, by what it holds. */
const roomFor: Record<CellLook, number> = { center: 10, left: 14, wrap: 24, code: 16, text: 16, date: 12, number: 10 };

/** An inline list "a,b,c", or null when the options cannot be written inline. */
function inlineList(options: string[]): string | null {
  if (options.some((o) => /[,"]/.test(o))) return null;
  const list = `"${options.join(',')}"`;
  return list.length <= LIST_LIMIT ? list : null;
}

/** The streaming worksheet has them, though exceljs's typings leave them out. */
type WithValidations = { dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void } };

export interface TemplateSpec {
  kind: KindDef;
  sheetName: string;
  title: string;
}

export async function writeTemplate(spec: TemplateSpec, filePath: string): Promise<void> {
  const columns = ledgerColumns(spec.kind.fields, { closed: false, extraKeys: [] });
  const tracker = new WidthTracker(columns.map((c) => c.header));
  const fitted = tracker.widths(new Map(columns.flatMap((c, i) => (c.width ? [[i, c.width] as const] : []))));
  const widths = fitted.map((w, i) => (columns[i]!.width ? w : Math.max(w, roomFor[columns[i]!.look])));

  const form = openFormSheet(filePath, {
    sheetName: spec.sheetName,
    title: spec.title,
    unit: '填报单位：',
    date: '填报日期：      年    月    日',
    columns,
    widths,
  });
  const first = HEADER_ROWS + 1;
  columns.forEach((column, i) => {
    const list = column.choices ? inlineList(column.choices) : null;
    if (!list) return;
    const letter = columnLetters(i + 1);
    (form.sheet as unknown as WithValidations).dataValidations.add(
      `${letter}${first}:${letter}${first + VALIDATED_ROWS - 1}`,
      {
        type: 'list',
        allowBlank: true,
        formulae: [list],
        showErrorMessage: true,
        errorStyle: 'warning',
        errorTitle: column.header,
        error: `请从下拉列表中选择：${column.choices!.join('、')}`,
      },
    );
  });
  const empty = columns.map(() => null);
  for (let n = 0; n < EMPTY_ROWS; n++) form.addRow(empty);
  form.sheet.commit();
  await form.workbook.commit();
}
