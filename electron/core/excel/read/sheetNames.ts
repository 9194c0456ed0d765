/**
 * The sheet names of an .xlsx, cheaply: only xl/workbook.xml is unpacked, none of the sheets.
 */
import { damagedXlsx } from './errors';
import { checkXlsxFile, openFile } from './sniff';
import { readXlsxSheets } from './workbook';
import { readZipEntry } from './zipDirectory';

export interface SheetName {
  name: string;
  hidden: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isInteger(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return Object.hasOwn(ENTITIES, name) ? ENTITIES[name]! : whole;
  });
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return match ? decodeXml(match[1] ?? match[2] ?? '') : undefined;
}

/** The <sheet> elements of workbook.xml, in tab order. */
export function parseSheetNames(workbookXml: string): SheetName[] {
  const sheets: SheetName[] = [];
  for (const [tag] of workbookXml.matchAll(/<(?:\w+:)?sheet\s[^>]*>/g)) {
    const name = attribute(tag, 'name');
    if (name === undefined) continue;
    const state = attribute(tag, 'state');
    sheets.push({ name, hidden: state === 'hidden' || state === 'veryHidden' });
  }
  return sheets;
}

/** The names of the sheets of an .xlsx, in tab order; throws the same AppErrors as readXlsxSheets. */
export async function readSheetNames(file: string): Promise<SheetName[]> {
  const entries = await checkXlsxFile(file);
  if (entries === 'zip64') {
    const names: SheetName[] = [];
    for await (const sheet of readXlsxSheets(file)) names.push({ name: sheet.name, hidden: sheet.hidden ?? false });
    return names;
  }
  const handle = await openFile(file);
  try {
    const entry = entries.find((e) => e.name === 'xl/workbook.xml')!;
    const xml = await readZipEntry(handle, entry);
    if (!xml) throw damagedXlsx();
    return parseSheetNames(xml.toString('utf8'));
  } finally {
    await handle.close();
  }
}
