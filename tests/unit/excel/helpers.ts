import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterEach } from 'vitest';
import type { SheetRow, SheetRows } from '../../../electron/core/excel/read/sheet';

/** The shared fixtures: read-only, never copied or cleaned. */
export const FIXTURES = path.resolve(import.meta.dirname, '../../../../shared/fixtures');
export const fixture = (name: string) => path.join(FIXTURES, name);

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A fresh folder, removed after the test. */
export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-excel-'));
  made.push(dir);
  return dir;
}

/** Every sheet with all its rows. */
export async function readAll(
  sheets: AsyncIterable<SheetRows>,
): Promise<{ name: string; hidden?: boolean; rows: SheetRow[] }[]> {
  const result: { name: string; hidden?: boolean; rows: SheetRow[] }[] = [];
  for await (const sheet of sheets) {
    const rows: SheetRow[] = [];
    for await (const row of sheet.rows) rows.push(row);
    result.push({ name: sheet.name, hidden: sheet.hidden, rows });
  }
  return result;
}

/** The column names the fixtures use, as a later step's field list would know them. */
const KNOWN = new Set([
  '序号',
  '姓名',
  '性别',
  '身份证号',
  '身份证号码',
  '公民身份号码',
  '联系电话',
  '手机号',
  '现住址',
  '居住地址',
  '预产期',
  '产检医院',
  '妊娠风险等级',
  '高危因素',
  '包保干部',
  '备注',
  '所属社区',
  '透析方式',
  '透析医院',
  '透析频次',
  '透析时间',
  '陪护人及电话',
  '派出单位',
  '职务',
  '政治面貌',
  '下沉社区',
  '认领岗位',
  '日期',
  '签到时间',
  '签退时间',
]);
export const isKnownHeader = (cleaned: string) => KNOWN.has(cleaned);

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** Writes a zip of deflated entries, in exactly the order given. */
export function writeZip(file: string, entries: [name: string, content: string | Buffer][]): void {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of entries) {
    const raw = Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8');
    const data = zlib.deflateRawSync(raw);
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = crc32(raw);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  fs.writeFileSync(file, Buffer.concat([...locals, directory, end]));
}
