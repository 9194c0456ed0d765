/** A LIKE pattern that finds text containing s, with LIKE's wildcards in s taken literally (ESCAPE '\'). */
export function likeContains(s: string): string {
  return `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
