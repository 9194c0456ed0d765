/**
 * The text of a CSV file in whichever encoding it was saved: UTF-8 (with or without BOM), or
 * GBK as Excel on Chinese Windows saves "CSV (逗号分隔)" — decoded as GB18030, its superset —
 * or UTF-16 with a BOM (Excel's "Unicode 文本").
 */
import iconv from 'iconv-lite';

export type TextEncodingName = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

/** Decodes the bytes; the BOM, if any, is dropped. */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: iconv.decode(bytes, 'utf-16le'), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: iconv.decode(bytes, 'utf-16be'), encoding: 'utf-16be' };
  try {
    // fatal: any byte sequence that is not UTF-8 throws, and then it is GBK.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(bytes, 'gb18030'), encoding: 'gb18030' };
  }
}

/** True when the bytes are not text at all (NUL bytes in an 8-bit encoding). */
export function looksBinary(bytes: Uint8Array, encoding: TextEncodingName): boolean {
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return false;
  return bytes.subarray(0, 8192).includes(0);
}
