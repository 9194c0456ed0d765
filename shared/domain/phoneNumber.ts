/**
 * One telephone number, or a run of numbers separated by spaces, as people write them: spaces
 * and dashes inside, country prefixes, area codes in brackets, extensions. Stored as
 * '13904312222', '0431-85201234', '0431-85201234-123' (extension) or '4001234567'.
 * The text comes here NFKC-normalised, dashes folded to '-', runs of spaces folded to one.
 */
import { bad, good, type Check } from './check';
import { quote } from './text';

const MAX_TOKENS = 40;

/** 3-character area codes are 010 and 02X; all the others have 4 characters (0431, 0755 …). */
function areaCodeLength(digits: string): 3 | 4 {
  return /^0[12]/.test(digits) ? 3 : 4;
}

const isAreaCode = (code: string) => /^0(?:10|2\d|[3-9]\d{2})$/.test(code);

/** One number, spaces already removed and dashes folded to '-'. */
export function parseOne(compact: string, shown: string): Check<string> {
  let t = compact.replace(/^\+?\(\+?(86)\)/, '+$1').replace(/(转|分机|ext\.?|x)(?=\d+$)/i, '#');

  // Country prefix: +86 / 0086 / 86 before a mobile; before a landline the area code's 0 is dropped.
  const prefixed = /^(?:\+86|0086)-?(.*)$/.exec(t);
  if (prefixed?.[1] !== undefined) {
    const rest = prefixed[1];
    t = /^1[3-9]\d{9}$/.test(rest.replace(/[-()]/g, '')) || /^\(?0/.test(rest) ? rest : `0${rest}`;
  }

  const digits = t.replace(/[-()]/g, '');
  if (/^(?:86)?1[3-9]\d{9}$/.test(digits)) return good(digits.slice(-11));
  if (/^01[3-9]\d{9}$/.test(digits)) return good(digits.slice(1)); // long-distance 0 before a mobile
  if (/^[48]00\d{7}$/.test(digits)) return good(digits);

  const landline = parseLandline(t);
  if (landline) return landline;

  if (/^1\d{10}$/.test(digits)) return bad(`手机号 ${digits} 不对：应以 13 到 19 开头，请核对`);
  if (/^1\d*$/.test(digits) && digits.length >= 8 && digits.length <= 13) {
    return bad(`手机号 ${digits} 位数不对（${digits.length} 位），应为 11 位，请核对`);
  }
  return bad(`无法识别的电话号码${quote(shown)}，手机号应为 11 位，固定电话请带区号，如 0431-85201234`);
}

/** '0431-85201234', '(0431)85201234', '043185201234', '010-1234-5678', with '#ext'; null if not a landline at all. */
function parseLandline(t: string): Check<string> | null {
  const [body = '', ext, more] = t.split('#');
  if (more !== undefined || (ext !== undefined && !/^\d{1,6}$/.test(ext))) return null;
  let area: string;
  let local: string;
  let extension = ext;

  const bracketed = /^\((\d+)\)-?(.*)$/.exec(body);
  const dashed = /^(0\d{2,3})-(.*)$/.exec(body);
  if (bracketed) [area, local] = [bracketed[1] ?? '', bracketed[2] ?? ''];
  else if (dashed) [area, local] = [dashed[1] ?? '', dashed[2] ?? ''];
  else if (/^0\d+$/.test(body)) {
    const n = areaCodeLength(body);
    [area, local] = [body.slice(0, n), body.slice(n)];
  } else {
    const plain = body.replace(/-/g, '');
    if (/^[2-9]\d{6,7}$/.test(plain) && /^\d+(-\d+)?$/.test(body)) {
      return bad(`固定电话 ${plain} 缺少区号，请写成 0431-${plain} 这样`);
    }
    return null;
  }

  // The local part may be grouped (8520-1234) or carry an extension after a dash (85201234-123).
  if (!/^\d{7,8}$/.test(local)) {
    const joined = local.replace(/-/g, '');
    const withExt = /^(\d{7,8})-(\d{1,6})$/.exec(local);
    if (/^\d{3,4}-\d{4}$/.test(local) && /^\d{7,8}$/.test(joined)) local = joined;
    else if (withExt && extension === undefined) [local, extension] = [withExt[1] ?? '', withExt[2]];
    else return null;
  }
  if (!isAreaCode(area)) return null;
  return good(`${area}-${local}${extension ? `-${extension}` : ''}`);
}

const compactOf = (tokens: string[]) => tokens.join('');

/**
 * One piece between separators: either one number (spaces inside it) or several numbers
 * separated by spaces, each complete. Chooses the split with the fewest numbers.
 */
export function parsePiece(piece: string): Check<string[]> {
  const tokens = piece.split(' ').filter(Boolean);
  const whole = parseOne(compactOf(tokens), piece);
  if (whole.ok || tokens.length === 1) return whole.ok ? good([whole.value]) : whole;
  if (tokens.length > MAX_TOKENS) return bad(`电话号码太多，请核对${quote(piece)}`);

  // best[i]: the fewest numbers that tokens[0..i) split into, or null.
  const best: (string[] | null)[] = [[]];
  for (let end = 1; end <= tokens.length; end++) {
    best[end] = null;
    for (let start = end - 1; start >= 0; start--) {
      const before = best[start];
      if (!before) continue;
      const group = tokens.slice(start, end);
      const one = parseOne(compactOf(group), group.join(' '));
      if (one.ok && (best[end] === null || before.length + 1 < (best[end]?.length ?? Infinity)))
        best[end] = [...before, one.value];
    }
  }
  const found = best[tokens.length];
  if (found) return good(found);

  // Name the first piece that cannot be read: after the longest readable start, the rest.
  let at = 0;
  while (at < tokens.length) {
    let next = -1;
    for (let end = tokens.length; end > at; end--) {
      const group = tokens.slice(at, end);
      if (parseOne(compactOf(group), group.join(' ')).ok) {
        next = end;
        break;
      }
    }
    if (next < 0) break;
    at = next;
  }
  const rest = tokens.slice(at);
  return parseOne(compactOf(rest), rest.join(' ')) as Check<never>;
}

/** A number cell: Excel keeps no leading zero, so 43185201234 is read as 0431-85201234. */
export function parseNumberCell(n: number): Check<string[]> {
  if (!Number.isSafeInteger(n) || n <= 0)
    return bad(`无法识别的电话号码${quote(String(n))}，请填写如 13904312222 或 0431-85201234`);
  const digits = String(n);
  const direct = parseOne(digits, digits);
  if (direct.ok) return good([direct.value]);
  if (digits.length >= 9) {
    const withZero = parseLandline(`0${digits}`);
    if (withZero?.ok) return good([withZero.value]);
  }
  return direct;
}
