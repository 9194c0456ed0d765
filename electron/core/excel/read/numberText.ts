/**
 * A number as plain text, the way a person reads it: never an exponent, so an 18-digit ID
 * number that Excel stored as a number still gives all its digits.
 */

/** Expands '1.5e+21' / '1e-7' into plain digits. */
function expandExponent(text: string): string {
  const match = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/i.exec(text);
  if (!match) return text;
  const [, sign, whole, fraction = '', exp] = match;
  const digits = whole! + fraction;
  const point = whole!.length + Number(exp);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return sign + digits + '0'.repeat(point - digits.length);
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/**
 * Integers keep every digit of the shortest decimal that identifies the stored double (so
 * 2.20112199701157E+17 gives 220112199701157000, where BigInt would give …156992). Fractions
 * are rounded to Excel's 15 significant digits, so a cached 0.1+0.2 reads 0.3.
 */
export function plainNumberText(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (Object.is(n, -0)) return '0';
  if (Number.isInteger(n)) return expandExponent(String(n));
  return expandExponent(String(Number(n.toPrecision(15))));
}

/** True for an integer of 15 or more digits: an ID or card number that Excel stored as a number. */
export function isLongInteger(n: number): boolean {
  return Number.isInteger(n) && Math.abs(n) >= 1e14;
}
