import { pinyin } from 'pinyin-pro';

/** Pinyin of a name for sorting and for finding by initials: 王芳 -> { full: 'wangfang', initials: 'wf' }. */
export function namePinyin(name: string): { full: string; initials: string } {
  const options = { toneType: 'none', separator: '', surname: 'head', v: true } as const;
  return {
    full: pinyin(name, options).toLowerCase(),
    initials: pinyin(name, { ...options, pattern: 'first' }).toLowerCase(),
  };
}

/** The one text each entry is searched by: name, its pinyin, ID number and phones. */
export function searchText(name: string, idNumber: string, phones: string[], pinyin = namePinyin(name)): string {
  const { full, initials } = pinyin;
  return [name, initials, full, idNumber.toLowerCase(), ...phones.map((p) => p.replace(/\D/g, ''))]
    .join(' ')
    .toLowerCase();
}

/** A search box's text as searchText holds it: lower case, spaces and dashes dropped. */
export function searchNeedle(q: string): string | null {
  return q.normalize('NFKC').toLowerCase().replace(/[\s-]/g, '') || null;
}
