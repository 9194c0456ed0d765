/**
 * What the user is told when a file cannot be read, and the mapping of the errors that zip,
 * XML and file-system code throw onto those messages.
 */
import path from 'node:path';
import { AppError } from '../../../../shared/errors';

export const ENCRYPTED_MESSAGE =
  '这个 Excel 文件设置了打开密码，无法读取。请在 Excel/WPS 中取消密码（或另存为不加密的 .xlsx）后再导入';
export const DAMAGED_XLSX_MESSAGE =
  '无法读取这个 Excel 文件：文件已损坏或不是 .xlsx 格式。请在 Excel/WPS 中打开并另存为 .xlsx 后重试';

export const XLS_PASSWORD_MESSAGE =
  '这个 .xls/.et 文件设置了打开密码，无法读取。请在 Excel/WPS 中打开它，取消密码后保存（或另存为不加密的 .xlsx），再导入';
export const DAMAGED_XLS_MESSAGE =
  '无法读取这个 .xls/.et 文件：文件已损坏或不是 Excel/WPS 表格。请在 Excel/WPS 中打开它，另存为 .xlsx 后重试';

export const encryptedExcel = () => new AppError('BAD_INPUT', ENCRYPTED_MESSAGE);
export const xlsPassword = () => new AppError('BAD_INPUT', XLS_PASSWORD_MESSAGE);

/** An .xls/.et file too large to read whole. */
export const tooLargeXls = (limit: number) =>
  new AppError(
    'BAD_INPUT',
    `这个 .xls/.et 文件超过 ${Math.round(limit / 1024 / 1024)} MB，太大，无法导入。请在 Excel/WPS 中另存为 .xlsx，或把它拆成几个较小的文件后再导入`,
  );

export function damagedXls(cause?: unknown): AppError {
  const error = new AppError('BAD_INPUT', DAMAGED_XLS_MESSAGE);
  if (cause !== undefined) Object.defineProperty(error, 'cause', { value: cause });
  return error;
}

export function damagedXlsx(cause?: unknown): AppError {
  const error = new AppError('BAD_INPUT', DAMAGED_XLSX_MESSAGE);
  if (cause !== undefined) Object.defineProperty(error, 'cause', { value: cause });
  return error;
}

/** An AppError for a file-system error the user can act on, or undefined for any other error. */
export function fileError(error: unknown, file: string): AppError | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  const name = path.basename(file);
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    return new AppError('NOT_FOUND', `找不到文件“${name}”，请确认文件还在原来的位置后重新选择`);
  }
  if (code === 'EACCES' || code === 'EPERM' || code === 'EBUSY') {
    return new AppError(
      'BAD_INPUT',
      `无法打开文件“${name}”：没有读取权限或文件正被其他程序占用。请关闭 Excel/WPS 中的这个文件后重试`,
    );
  }
  if (code === 'EISDIR')
    return new AppError('BAD_INPUT', `“${name}”是一个文件夹，请选择一个 .xlsx、.xls、.et 或 .csv 文件`);
  return undefined;
}

/** True for the error an AbortSignal raises; it passes through untouched. */
export function isAbort(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}

/** The error to throw for whatever went wrong while reading a workbook. */
export function xlsxReadError(error: unknown, file: string): unknown {
  if (error instanceof AppError || isAbort(error)) return error;
  return fileError(error, file) ?? damagedXlsx(error);
}
