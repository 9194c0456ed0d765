/**
 * The zip an .xlsx is, read by yauzl: the directory at the end of the file first, then any part
 * on demand — whole for the small ones, streamed for sheets. The parts can come in any order in
 * the file, and a file cut short has no directory and fails at once.
 */
import { pipeline, type Readable } from 'node:stream';
import zlib from 'node:zlib';
import yauzl from 'yauzl';

/** Inflated in pieces this large: a sheet of tens of MB goes through in fewer, cheaper steps. */
const INFLATE_CHUNK = 64 * 1024;

/** No part an .xlsx needs whole (workbook, relationships, styles) is anywhere near this. */
const MAX_TEXT_PART = 64 * 1024 * 1024;

export interface ZipArchive {
  /** The name of the part as stored, looked up as written, else ignoring case (some writers differ). */
  find(name: string): string | undefined;
  /** A part's uncompressed bytes, streamed. */
  stream(name: string): Promise<Readable>;
  /** A part's uncompressed text, whole; for the small parts only. */
  text(name: string): Promise<string>;
  /** Closes the file once every open stream has ended. */
  close(): void;
}

/** Opens the zip and reads its directory; rejects when there is none (not a zip, or cut short). */
export async function openZip(file: string): Promise<ZipArchive> {
  const zip = await yauzl.openPromise(file, { lazyEntries: true, autoClose: false });
  const entries = new Map<string, yauzl.Entry>();
  const folded = new Map<string, string>();
  try {
    for await (const entry of zip.eachEntry()) {
      entries.set(entry.fileName, entry);
      if (!folded.has(entry.fileName.toLowerCase())) folded.set(entry.fileName.toLowerCase(), entry.fileName);
    }
  } catch (error) {
    zip.close();
    throw error;
  }
  const entryOf = (name: string) => {
    const entry = entries.get(name);
    if (!entry) throw new Error(`the zip has no part ${name}`);
    return entry;
  };
  const stream = async (name: string): Promise<Readable> => {
    const entry = entryOf(name);
    const stored = entry.compressionMethod === 0;
    if (entry.isEncrypted() || (!stored && entry.compressionMethod !== 8))
      throw new Error(`the part ${name} is stored in a way that cannot be read`);
    const raw = await zip.openReadStreamPromise(entry, { decodeFileData: false });
    if (stored) return raw;
    // A failure on either side ends the inflated stream with the error.
    return pipeline(raw, zlib.createInflateRaw({ chunkSize: INFLATE_CHUNK }), () => {});
  };
  return {
    find: (name) => (entries.has(name) ? name : folded.get(name.toLowerCase())),
    stream,
    text: async (name) => {
      const tooLarge = () => new Error(`the part ${name} is too large`);
      if (entryOf(name).uncompressedSize > MAX_TEXT_PART) throw tooLarge();
      const input = await stream(name);
      const chunks: Buffer[] = [];
      let size = 0;
      // The sizes in the directory are not checked against the data: a part may inflate to more.
      for await (const chunk of input) {
        size += (chunk as Buffer).length;
        if (size > MAX_TEXT_PART) {
          input.destroy();
          throw tooLarge();
        }
        chunks.push(chunk as Buffer);
      }
      return Buffer.concat(chunks).toString('utf8');
    },
    close: () => zip.close(),
  };
}
