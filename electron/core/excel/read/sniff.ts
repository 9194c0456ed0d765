/**
 * What a file really is, from its first bytes, whatever its name says: an .xlsx is a zip,
 * .xls and WPS .et files (and password-protected .xlsx) are OLE2 compound documents.
 */
import fs from 'node:fs/promises';
import { damagedXlsx, encryptedExcel, fileError } from './errors';

export type Magic = 'empty' | 'ole2' | 'zip' | 'other';

const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** The stream an encrypted OOXML file keeps its content in, named in UTF-16LE. */
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');
const SCAN_LIMIT = 64 * 1024 * 1024;

export function magicOf(head: Buffer): Magic {
  if (head.length === 0) return 'empty';
  if (head.subarray(0, 4).equals(OLE2.subarray(0, 4))) return 'ole2';
  if (head.subarray(0, 4).equals(ZIP)) return 'zip';
  return 'other';
}

/** Opens a file for reading, turning "not found" and "no permission" into messages. */
export async function openFile(file: string): Promise<fs.FileHandle> {
  try {
    return await fs.open(file, 'r');
  } catch (error) {
    throw fileError(error, file) ?? error;
  }
}

/** The first bytes of a file. */
export async function readHead(handle: fs.FileHandle, length = 8): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await handle.read(buffer, 0, length, 0);
  return buffer.subarray(0, bytesRead);
}

async function containsEncryptedPackage(handle: fs.FileHandle, size: number): Promise<boolean> {
  const chunk = Buffer.alloc(1024 * 1024);
  const overlap = ENCRYPTED_PACKAGE.length;
  for (let position = 0; position < Math.min(size, SCAN_LIMIT); position += chunk.length - overlap) {
    const { bytesRead } = await handle.read(chunk, 0, chunk.length, position);
    if (chunk.subarray(0, bytesRead).includes(ENCRYPTED_PACKAGE)) return true;
    if (bytesRead < chunk.length) break;
  }
  return false;
}

/**
 * The AppError for an OLE2 file given to the .xlsx reader: an encrypted .xlsx, or else not an
 * .xlsx at all (an .xls/.et is read by readSheets, through xls.ts).
 */
export async function ole2Error(handle: fs.FileHandle, size: number) {
  return (await containsEncryptedPackage(handle, size)) ? encryptedExcel() : damagedXlsx();
}

/**
 * Checks that the file is a zip before it is opened as an .xlsx workbook, so that a
 * password-protected workbook or a file of another kind gets the message that fits it.
 */
export async function checkXlsxFile(file: string): Promise<void> {
  const handle = await openFile(file);
  try {
    const { size } = await handle.stat();
    const magic = magicOf(await readHead(handle));
    if (magic === 'ole2') throw await ole2Error(handle, size);
    if (magic !== 'zip') throw damagedXlsx();
  } catch (error) {
    throw fileError(error, file) ?? error;
  } finally {
    await handle.close();
  }
}
