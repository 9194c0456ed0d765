/**
 * Reads a CSV file as one sheet named after the file, in the same shape as a workbook's sheets;
 * every cell is text (or empty).
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { AppError } from '../../../../shared/errors';
import { textCell, type Cell } from './cells';
import { fileError } from './errors';
import type { ReadOptions, SheetRow, SheetRows } from './sheet';
import { decodeText, looksBinary } from './textEncoding';

const CHUNK = 64 * 1024;

/** The text in slices that never split a surrogate pair, so the parser is fed a little at a time. */
function* slices(text: string): Generator<string> {
  for (let start = 0; start < text.length;) {
    let end = Math.min(start + CHUNK, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    yield text.slice(start, end);
    start = end;
  }
}

/** Excel-style CSV keeps a leading zero by writing ="007"; that cell reads 007. */
function cellOf(field: string): Cell {
  const unwrapped = /^="(.*)"$/s.exec(field)?.[1] ?? field;
  return textCell(unwrapped.replace(/\r\n?/g, '\n'));
}

/** Tab-separated when the first line has tabs and no commas (Excel's "Unicode 文本"). */
function delimiterOf(text: string): string {
  const firstLine = text.slice(0, text.search(/\r|\n|$/));
  return firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ',';
}

function csvError(file: string, error: unknown): AppError {
  const name = path.basename(file);
  const line = (error as { lines?: unknown }).lines;
  const where = typeof line === 'number' ? `第 ${line} 行附近` : '';
  if ((error as { code?: unknown }).code === 'CSV_QUOTE_NOT_CLOSED') {
    return new AppError(
      'BAD_INPUT',
      `无法读取 CSV 文件“${name}”：${where}有一个引号没有配对。请在 Excel/WPS 中打开检查后另存为 .csv 或 .xlsx 再导入`,
    );
  }
  return new AppError(
    'BAD_INPUT',
    `无法读取 CSV 文件“${name}”：${where}格式有误。请在 Excel/WPS 中打开后另存为 .csv 或 .xlsx 再导入`,
  );
}

async function* csvRows(text: string, file: string, options: ReadOptions): AsyncGenerator<SheetRow> {
  const parser = Readable.from(slices(text)).pipe(
    parse({ delimiter: delimiterOf(text), relax_column_count: true, relax_quotes: true, skip_empty_lines: false }),
  );
  let rowNumber = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      options.signal?.throwIfAborted();
      rowNumber++;
      const cells = record.map(cellOf);
      while (cells.length > 0 && cells[cells.length - 1]!.kind === 'empty') cells.pop();
      yield { rowNumber, cells };
    }
  } catch (error) {
    if (options.signal?.aborted) throw options.signal.reason;
    throw csvError(file, error);
  } finally {
    parser.destroy();
  }
}

/** The CSV file as one sheet. An unreadable or empty file throws AppError. */
export async function* readCsvSheets(file: string, options: ReadOptions = {}): AsyncGenerator<SheetRows> {
  options.signal?.throwIfAborted();
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (error) {
    throw fileError(error, file) ?? error;
  }
  const name = path.basename(file, path.extname(file));
  const { text, encoding } = decodeText(bytes);
  if (looksBinary(bytes, encoding)) {
    throw new AppError(
      'BAD_INPUT',
      `无法读取“${path.basename(file)}”：它不是文本格式的 CSV 文件。请在 Excel/WPS 中打开后另存为 .csv 或 .xlsx 再导入`,
    );
  }
  if (text.trim() === '') {
    throw new AppError('BAD_INPUT', `CSV 文件“${path.basename(file)}”是空的，没有可导入的内容。请确认选择了正确的文件`);
  }
  yield { name, hidden: false, rows: csvRows(text, file, options) };
}
