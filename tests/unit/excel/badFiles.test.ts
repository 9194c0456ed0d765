import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import { readSheetNames } from '../../../electron/core/excel/read/sheetNames';
import { readSheets } from '../../../electron/core/excel/read/source';
import { readXlsxSheets } from '../../../electron/core/excel/read/workbook';
import { fixture, readAll, tempDir, writeZip } from './helpers';

const DAMAGED_XLS = '无法读取这个 .xls/.et 文件：文件已损坏或不是 Excel/WPS 表格。请在 Excel/WPS 中打开它，另存为 .xlsx 后重试';
const DAMAGED = '无法读取这个 Excel 文件：文件已损坏或不是 .xlsx 格式。请在 Excel/WPS 中打开并另存为 .xlsx 后重试';

/** An OLE2 compound document header, as .xls and .et files start. */
function ole2(extra: Buffer = Buffer.alloc(0)): Buffer {
  return Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(504), extra, Buffer.alloc(512)]);
}

function write(name: string, content: Buffer | string): string {
  const file = path.join(tempDir(), name);
  fs.writeFileSync(file, content);
  return file;
}

async function expectRejection(file: string, code: string, message: string | RegExp) {
  const error = await readAll(readXlsxSheets(file)).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect(error).toMatchObject({ code });
  if (typeof message === 'string') expect((error as AppError).message).toBe(message);
  else expect((error as AppError).message).toMatch(message);
}

describe('files that are not a readable .xlsx', () => {
  it.each(['台账.xls', '台账.et', '台账.xlsx'])('an OLE2 file named %s is read as an .xls/.et (here one holding no workbook)', async (name) => {
    const file = write(name, ole2());
    // The .xlsx reader itself takes no compound file; readSheets hands it to the .xls reader.
    await expectRejection(file, 'BAD_INPUT', DAMAGED);
    await expect(readSheetNames(file)).rejects.toMatchObject({ code: 'BAD_INPUT', message: DAMAGED_XLS });
    await expect(readAll(readSheets(file))).rejects.toMatchObject({ code: 'BAD_INPUT', message: DAMAGED_XLS });
  });

  it('a password-protected workbook (OLE2 with an EncryptedPackage) says to remove the password', async () => {
    const file = write('加密.xlsx', ole2(Buffer.from('EncryptedPackage', 'utf16le')));
    await expectRejection(file, 'BAD_INPUT', /设置了打开密码.*取消密码/);
  });

  it('a text file named .xlsx', async () => {
    await expectRejection(write('假的.xlsx', '姓名,身份证号码\r\n张三,110101199003078000\r\n'), 'BAD_INPUT', DAMAGED);
  });

  it('an empty file', async () => {
    await expectRejection(write('空.xlsx', ''), 'BAD_INPUT', DAMAGED);
  });

  it('a real workbook cut in half', async () => {
    const bytes = fs.readFileSync(fixture('孕产妇台账-湖东社区.xlsx'));
    await expectRejection(write('半截.xlsx', bytes.subarray(0, Math.floor(bytes.length / 2))), 'BAD_INPUT', DAMAGED);
  });

  it('a real workbook whose sheet data is damaged but whose zip directory is whole', async () => {
    const bytes = Buffer.from(fs.readFileSync(fixture('孕产妇台账-湖东社区.xlsx')));
    for (let i = 1500; i < 2000; i++) bytes[i] = (bytes[i]! * 7 + 13) & 0xff;
    await expectRejection(write('坏了.xlsx', bytes), 'BAD_INPUT', DAMAGED);
  });

  it('a workbook damaged anywhere is read or refused with BAD_INPUT, never hangs or fails otherwise', async () => {
    const original = fs.readFileSync(fixture('透析患者台账-新月路社区.xlsx'));
    const outcomes = new Set<string>();
    for (let start = 0; start < original.length; start += 211) {
      const bytes = Buffer.from(original);
      for (let i = start; i < Math.min(start + 40, bytes.length); i++) bytes[i] = (bytes[i]! * 7 + 13) & 0xff;
      const file = write(`damaged-${start}.xlsx`, bytes);
      const outcome = await Promise.race([
        readAll(readXlsxSheets(file)).then(
          () => 'read',
          (e: unknown) => (e instanceof AppError ? e.code : `unexpected: ${String(e)}`),
        ),
        new Promise<string>((resolve) => setTimeout(() => resolve(`hung at byte ${start}`), 5000)),
      ]);
      outcomes.add(outcome);
    }
    expect([...outcomes].sort()).toEqual(['BAD_INPUT', 'read']);
  });

  it('a zip that is not a workbook', async () => {
    const file = path.join(tempDir(), '文档.xlsx');
    writeZip(file, [
      ['word/document.xml', '<document/>'],
      ['readme.txt', '你好'],
    ]);
    await expectRejection(file, 'BAD_INPUT', DAMAGED);
    await expect(readSheetNames(file)).rejects.toMatchObject({ code: 'BAD_INPUT', message: DAMAGED });
  });

  it('a file that is not there', async () => {
    await expectRejection(path.join(tempDir(), '不存在.xlsx'), 'NOT_FOUND', /找不到文件“不存在.xlsx”/);
  });

  it('a folder', async () => {
    await expectRejection(tempDir(), 'BAD_INPUT', /是一个文件夹/);
  });
});
