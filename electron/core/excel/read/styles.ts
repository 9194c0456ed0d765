/**
 * Each cell style's number format, from styles.xml: a cell's s attribute indexes <cellXfs>, whose
 * numFmtId is either one of the workbook's own <numFmts> or a built-in format. Only the formats
 * matter here: they decide whether a number is shown as a date.
 */
import { builtinDateFormat } from './numFormat';
import { parseXml } from './xml';

/** Format code by style index; undefined for General and the built-in number formats. */
export type StyleFormats = (string | undefined)[];

export function parseStyleFormats(xml: string): StyleFormats {
  const custom = new Map<number, string>();
  const formatIds: number[] = [];
  let inCellXfs = false;
  parseXml(xml, {
    open(name, attributes) {
      if (name === 'numFmt') {
        const id = Number(attributes.numFmtId);
        const code = attributes.formatCode;
        if (Number.isInteger(id) && code !== undefined) custom.set(id, code);
      } else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) formatIds.push(Number(attributes.numFmtId ?? 0));
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  return formatIds.map((id) => custom.get(id) ?? builtinDateFormat(id));
}
