import { namePinyin } from './namePinyin';

export { namePinyin, type NamePinyin } from './namePinyin';

/** The one text each entry is searched by: name, its pinyin, ID number and phones. */
export function searchText(name: string, idNumber: string, phones: string[], pinyin = namePinyin(name)): string {
  let text = `${name} ${pinyin.initials} ${pinyin.full} ${idNumber.toLowerCase()}`;
  for (const phone of phones) text += ` ${phone.replace(/\D/g, '')}`;
  return text.toLowerCase();
}

/** A search box's text as searchText holds it: lower case, spaces and dashes dropped. */
export function searchNeedle(q: string): string | null {
  return q.normalize('NFKC').toLowerCase().replace(/[\s-]/g, '') || null;
}
