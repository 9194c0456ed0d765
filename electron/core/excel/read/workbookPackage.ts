/**
 * An .xlsx opened as a package: the workbook part (found through the package's relationships),
 * its sheets in tab order with the part each is stored in, the 1904 flag, and where the styles
 * and the shared strings are.
 */
import path from 'node:path/posix';
import { damagedXlsx, xlsxReadError } from './errors';
import { checkXlsxFile } from './sniff';
import { openZip, type ZipArchive } from './zip';
import { parseXml } from './xml';

export interface PackageSheet {
  name: string;
  hidden: boolean;
  /** The part the sheet's rows are in. */
  part: string;
}

export interface WorkbookPackage {
  zip: ZipArchive;
  sheets: PackageSheet[];
  /** The workbook counts days from 1904-01-01 (old Mac files). */
  date1904: boolean;
  styles?: string;
  sharedStrings?: string;
}

interface Relationship {
  type: string;
  target: string;
}

const relationshipsOf = (part: string) => path.join(path.dirname(part), '_rels', `${path.basename(part)}.rels`);

/** A part's relationships by id, targets resolved to part names; none when it has no .rels part. */
async function relationships(zip: ZipArchive, part: string): Promise<Map<string, Relationship>> {
  const found = new Map<string, Relationship>();
  const rels = zip.find(relationshipsOf(part));
  if (!rels) return found;
  parseXml(await zip.text(rels), {
    open(name, attributes) {
      if (name !== 'Relationship' || attributes.TargetMode === 'External') return;
      const id = attributes.Id;
      const target = attributes.Target;
      if (id === undefined || target === undefined) return;
      const normalized = target.replace(/\\/g, '/');
      const resolved = normalized.startsWith('/')
        ? normalized.slice(1)
        : path.normalize(path.join(path.dirname(part), normalized));
      found.set(id, { type: attributes.Type ?? '', target: resolved });
    },
  });
  return found;
}

const ofType = (type: string, kind: string) => type.endsWith(`/${kind}`);

async function workbookPart(zip: ZipArchive): Promise<string> {
  const root = await relationships(zip, '');
  const office = [...root.values()].find((r) => ofType(r.type, 'officeDocument'));
  const part = zip.find(office?.target ?? 'xl/workbook.xml') ?? zip.find('xl/workbook.xml');
  if (!part) throw damagedXlsx();
  return part;
}

async function readPackage(zip: ZipArchive): Promise<WorkbookPackage> {
  const part = await workbookPart(zip);
  const rels = await relationships(zip, part);
  const sheets: PackageSheet[] = [];
  let date1904 = false;
  let missing = false;
  let whole = false;
  parseXml(await zip.text(part), {
    close(name) {
      if (name === 'workbook') whole = true;
    },
    open(name, attributes) {
      if (name === 'workbookPr') {
        const flag = attributes.date1904;
        date1904 = flag === '1' || flag === 'true';
      } else if (name === 'sheet') {
        const rel = rels.get(attributes.id ?? '');
        // Chart sheets and dialog sheets hold no rows.
        if (rel && !ofType(rel.type, 'worksheet')) return;
        const stored = rel && zip.find(rel.target);
        if (!stored) return void (missing = true);
        const state = attributes.state;
        sheets.push({
          name: attributes.name ?? '',
          hidden: state === 'hidden' || state === 'veryHidden',
          part: stored,
        });
      }
    },
  });
  // A sheet listed but not stored is a damaged file, not an empty sheet.
  if (missing || !whole) throw damagedXlsx();
  // Some writers leave out the relationship; the part then sits where Excel puts it.
  const find = (kind: string) => {
    const rel = [...rels.values()].find((r) => ofType(r.type, kind));
    return (rel && zip.find(rel.target)) ?? zip.find(path.join(path.dirname(part), `${kind}.xml`));
  };
  return { zip, sheets, date1904, styles: find('styles'), sharedStrings: find('sharedStrings') };
}

/**
 * Opens an .xlsx and reads its workbook part. A file that is not a readable .xlsx (an .xls/.et,
 * a damaged or cut-short file, a zip of something else) throws AppError BAD_INPUT saying what
 * to do. The caller closes pkg.zip.
 */
export async function openWorkbookPackage(file: string): Promise<WorkbookPackage> {
  await checkXlsxFile(file);
  let zip: ZipArchive;
  try {
    zip = await openZip(file);
  } catch (error) {
    throw xlsxReadError(error, file);
  }
  try {
    return await readPackage(zip);
  } catch (error) {
    zip.close();
    throw xlsxReadError(error, file);
  }
}
