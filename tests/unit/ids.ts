/** Makes valid ID numbers for tests (its own MOD 11-2, independent of the code under test). */
export function makeId(region: string, birth: string, seq: number): string {
  const body = `${region}${birth}${String(seq).padStart(3, '0')}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((s, d, i) => s + Number(d) * weights[i]!, 0);
  return body + '10X98765432'[sum % 11];
}

/** A woman's ID (even 17th digit) born on the given day. */
export const womanId = (birth: string, n = 1) => makeId('220104', birth, n * 2);
/** A man's ID (odd 17th digit). */
export const manId = (birth: string, n = 1) => makeId('220105', birth, n * 2 + 1);
