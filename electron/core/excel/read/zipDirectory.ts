/**
 * Just enough of the zip format to check a file before streaming it and to pull one small
 * part (xl/workbook.xml) out of it: the central directory at the end of the file says which
 * parts there are; a file cut short has none.
 */
import type { FileHandle } from 'node:fs/promises';
import zlib from 'node:zlib';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
/** The end record is 22 bytes, followed by a comment of up to 65535 bytes. */
const EOCD_SEARCH = 22 + 0xffff;
/** A workbook.xml larger than this is not one. */
const MAX_PART_SIZE = 64 * 1024 * 1024;

async function readAt(handle: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await handle.read(buffer, 0, length, position);
  return buffer.subarray(0, bytesRead);
}

/**
 * The entries of the zip's central directory; null when the file has no valid one (not a zip,
 * or cut short); 'zip64' for the large-archive variant, which is left to the streaming reader.
 */
export async function readZipDirectory(handle: FileHandle, fileSize: number): Promise<ZipEntry[] | null | 'zip64'> {
  const tailStart = Math.max(0, fileSize - EOCD_SEARCH);
  const tail = await readAt(handle, tailStart, fileSize - tailStart);
  let eocd = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = tail.readUInt16LE(eocd + 10);
  const size = tail.readUInt32LE(eocd + 12);
  const offset = tail.readUInt32LE(eocd + 16);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) return 'zip64';
  if (offset + size > tailStart + eocd) return null;

  const directory = await readAt(handle, offset, size);
  const entries: ZipEntry[] = [];
  let p = 0;
  for (let n = 0; n < count; n++) {
    if (p + 46 > directory.length || directory.readUInt32LE(p) !== CENTRAL_SIGNATURE) return null;
    const nameLength = directory.readUInt16LE(p + 28);
    const extraLength = directory.readUInt16LE(p + 30);
    const commentLength = directory.readUInt16LE(p + 32);
    entries.push({
      method: directory.readUInt16LE(p + 10),
      compressedSize: directory.readUInt32LE(p + 20),
      size: directory.readUInt32LE(p + 24),
      localHeaderOffset: directory.readUInt32LE(p + 42),
      name: directory.toString('utf8', p + 46, p + 46 + nameLength),
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The uncompressed bytes of one (small) entry; null when it cannot be read. */
export async function readZipEntry(handle: FileHandle, entry: ZipEntry): Promise<Buffer | null> {
  if (entry.size > MAX_PART_SIZE || entry.compressedSize > MAX_PART_SIZE) return null;
  const header = await readAt(handle, entry.localHeaderOffset, 30);
  if (header.length < 30 || header.readUInt32LE(0) !== LOCAL_SIGNATURE) return null;
  const start = entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  const data = await readAt(handle, start, entry.compressedSize);
  if (data.length < entry.compressedSize) return null;
  try {
    if (entry.method === 0) return data;
    if (entry.method === 8) return zlib.inflateRawSync(data);
  } catch {
    return null;
  }
  return null;
}
