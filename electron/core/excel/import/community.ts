/**
 * The community a sheet belongs to when no column says: an existing community named in the sheet
 * name, the 填报单位, the title or the file name; else a "…社区" named there.
 */
export function guessCommunity(texts: (string | null | undefined)[], existing: string[]): string | null {
  const sources = texts.filter((t): t is string => Boolean(t)).map((t) => t.normalize('NFKC').replace(/\s/g, ''));
  const byLength = [...existing].sort((a, b) => b.length - a.length);
  for (const text of sources) {
    const known = byLength.find((name) => text.includes(name));
    if (known) return known;
  }
  for (const text of sources) {
    // "南湖街道湖东社区孕产妇台账": the community comes after the street.
    const tail = text.includes('街道') ? text.slice(text.lastIndexOf('街道') + 2) : text;
    const found =
      /([\u4e00-\u9fa5]{1,8}?社区)/.exec(tail.replace(/^.*[-—_－]/, ''))?.[1] ??
      /([\u4e00-\u9fa5]{1,8}?社区)/.exec(tail)?.[1];
    if (found) return found;
  }
  return null;
}
