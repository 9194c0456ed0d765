/**
 * What the user is told when a file cannot be read, and the mapping of the errors that zip,
 * XML and file-system code throw onto those messages.
 */
import path from 'node:path';
import { AppError } from '../../../../shared/errors';

export const LEGACY_EXCEL_MESSAGE = '这是旧版 Excel（.xls）或 WPS（.et）文件，请在 Excel/WPS 中“另存为” .xlsx 后再导入';
export const ENCRYPTED_MESSAGE =
  '这个 Excel 文件设置了打开密码，无法读取。请在 Excel/WPS 中取消密码（或另存为不加密的 .xlsx）后再导入';
export const DAMAGED_XLSX_MESSAGE =
  '无法读取这个 Excel 文件：文件已损坏或不是 .xlsx 格式。请在 Excel/WPS 中打开并另存为 .xlsx 后重试';

export const legacyExcel = () => new AppError('BAD_INPUT', LEGACY_EXCEL_MESSAGE);
export const encryptedExcel = () => new AppError('BAD_INPUT', ENCRYPTED_MESSAGE);

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
  if (code === 'EISDIR') return new AppError('BAD_INPUT', `“${name}”是一个文件夹，请选择一个 .xlsx 或 .csv 文件`);
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
