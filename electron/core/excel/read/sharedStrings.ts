/**
 * The workbook's shared strings (xl/sharedStrings.xml), which text cells point to by index.
 * A rich-text string is the text of its runs; phonetic guides (<rPh>) are not part of it.
 */
import type { Readable } from 'node:stream';
import { tagScanner } from './tagScanner';

const NONE = new Set<string>();

export async function readSharedStrings(input: Readable, signal?: AbortSignal): Promise<string[]> {
  const strings: string[] = [];
  let current = '';
  let inText = false;
  let phonetic = 0;
  const parser = tagScanner(
    {
      open(name) {
        if (name === 't') inText = phonetic === 0;
        else if (name === 'si') current = '';
        else if (name === 'rPh') phonetic++;
      },
      close(name) {
        if (name === 't') inText = false;
        else if (name === 'si') strings.push(current);
        else if (name === 'rPh') phonetic--;
      },
      text(text) {
        if (inText) current += text;
      },
    },
    NONE,
  );
  input.setEncoding('utf8');
  try {
    for await (const chunk of input) {
      signal?.throwIfAborted();
      parser.write(chunk as string);
    }
    parser.end();
  } finally {
    input.destroy();
  }
  return strings;
}
