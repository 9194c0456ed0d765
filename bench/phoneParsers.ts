/**
 * Telephone cells: shared/domain/phone.ts against libphonenumber-js (findNumbers, region CN,
 * 'max' metadata so mobiles and landlines are told apart) on the same table of cases as the unit
 * tests, then the speed of each on 100,000 cells. The libphonenumber-js side gets the same
 * normalisation of its numbers, the same label rule and the same "no digit left behind" check,
 * so only the finding of numbers differs.
 *
 *   npx tsx bench/phoneParsers.ts      (libphonenumber-js must be installed: npm i --no-save libphonenumber-js)
 */
import { parseLabelledPhones, type LabelledPhone } from '../shared/domain/phone';
import { LABELLED_CASES, NUMBER_CASES, REFUSED_CASES } from '../tests/unit/domain/phoneCases';

type Parser = (raw: unknown) => LabelledPhone[] | null;

interface FoundNumber {
  number: { nationalNumber: string; ext?: string };
  startsAt: number;
  endsAt: number;
}
type FindNumbers = (text: string, options: { defaultCountry: string; v2: true }) => FoundNumber[];

const ours: Parser = (raw) => {
  const parsed = parseLabelledPhones(raw);
  return parsed.ok ? parsed.value : null;
};

/** A libphonenumber-js number in our stored form: 13904312222, 0431-85201234-123, 4001234567. */
function ourForm({ nationalNumber: n, ext }: FoundNumber['number']): string {
  if (/^1[3-9]\d{9}$/.test(n) || /^[48]00\d{7}$/.test(n)) return n;
  const area = /^[12]/.test(n) ? 2 : 3;
  return `0${n.slice(0, area)}-${n.slice(area)}${ext ? `-${ext}` : ''}`;
}

const PHONE_WORDS = /的?(?:联系电话|联系方式|电话号码|手机号码|手机号|电话|手机|座机|固话|号码)$/;

function lpnParser(findNumbers: FindNumbers): Parser {
  return (raw) => {
    if (typeof raw !== 'string' && typeof raw !== 'number') return null;
    const text = String(raw);
    if (typeof raw === 'number' && !Number.isSafeInteger(raw)) return null;
    const found = findNumbers(text, { defaultCountry: 'CN', v2: true });
    if (found.length === 0) return null;
    // Text between the numbers: a digit left there is a number it could not read.
    const gaps: string[] = [];
    let at = 0;
    for (const f of found) {
      gaps.push(text.slice(at, f.startsAt));
      at = f.endsAt;
    }
    gaps.push(text.slice(at));
    if (gaps.some((g) => /[\d０-９A-Za-z]/.test(g))) return null;
    const phones = found.map((f) => ({ number: ourForm(f.number), note: [] as string[] }));
    const prefixStyle = /[\p{Script=Han}]/u.test(gaps[0] ?? '');
    gaps.forEach((gap, i) => {
      const labels = (gap.match(/[\p{Script=Han}·]+/gu) ?? [])
        .map((w) => w.replace(/^[和或及与]/, '').replace(PHONE_WORDS, ''))
        .filter((w) => w && !/^[和或及与转]$/.test(w));
      if (!labels.length) return;
      const bracketed = /^\s*[(（【]/.test(gap);
      const colon = /[:：]\s*$/.test(gap);
      const before = i - 1;
      const after = i < phones.length ? i : -1;
      let target =
        i === 0
          ? after
          : i === phones.length
            ? before
            : colon
              ? after
              : bracketed
                ? before
                : prefixStyle
                  ? after
                  : before;
      if (target < 0) target = before;
      phones[target]?.note.push(...labels);
    });
    const unique = new Map<string, string[]>();
    for (const p of phones) unique.set(p.number, [...(unique.get(p.number) ?? []), ...p.note]);
    const result = [...unique].map(([number, note]) => ({ number, note: [...new Set(note)].join(' ') }));
    return result.some((p) => p.note.length > 20) ? null : result;
  };
}

interface Score {
  numbers: number;
  labelled: number;
  refused: number;
  wrong: string[];
}

function score(parse: Parser): Score {
  const s: Score = { numbers: 0, labelled: 0, refused: 0, wrong: [] };
  for (const [raw, expected] of NUMBER_CASES) {
    const got = parse(raw);
    if (got && JSON.stringify(got.map((p) => p.number)) === JSON.stringify(expected)) s.numbers++;
    else s.wrong.push(`${JSON.stringify(raw)} → ${JSON.stringify(got)}`);
  }
  for (const [raw, expected] of LABELLED_CASES) {
    const got = parse(raw);
    const want = expected.map(([number, note]) => ({ number, note }));
    if (got && JSON.stringify(got) === JSON.stringify(want)) s.labelled++;
    else s.wrong.push(`${JSON.stringify(raw)} → ${JSON.stringify(got)}`);
  }
  for (const [raw] of REFUSED_CASES) {
    const got = parse(raw);
    if (got === null) s.refused++;
    else s.wrong.push(`${JSON.stringify(raw)} should be refused → ${JSON.stringify(got)}`);
  }
  return s;
}

/** 100,000 cells: 70% one mobile as it should be, the rest spaced, several, labelled, landlines. */
function cells(count: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const a = `139${String(10000000 + ((i * 7919) % 89999999))}`;
    const b = `138${String(10000000 + ((i * 104729) % 89999999))}`;
    const land = `0431-8${String(1000000 + (i % 8999999))}`;
    switch (i % 10) {
      case 0:
        out.push(`${a.slice(0, 3)} ${a.slice(3, 7)} ${a.slice(7)}`);
        break;
      case 1:
        out.push(`${a}/${land}`);
        break;
      case 2:
        out.push(`${a}（本人）；${b}（丈夫）`);
        break;
      default:
        out.push(a);
    }
  }
  return out;
}

function speed(parse: Parser, input: string[]): number {
  let n = 0;
  const start = performance.now();
  for (const cell of input) n += parse(cell)?.length ?? 0;
  const ms = performance.now() - start;
  if (n === 0) throw new Error('nothing parsed');
  return ms;
}

export async function benchPhoneParsers(): Promise<void> {
  const total = NUMBER_CASES.length + LABELLED_CASES.length + REFUSED_CASES.length;
  const parsers: [string, Parser][] = [['shared/domain/phone.ts', ours]];
  const moduleName = 'libphonenumber-js/max';
  try {
    const lpn = (await import(moduleName)) as { findNumbers: FindNumbers };
    parsers.push(['libphonenumber-js findNumbers', lpnParser(lpn.findNumbers)]);
  } catch {
    console.log('phones: libphonenumber-js is not installed (npm i --no-save libphonenumber-js); measuring ours alone');
  }

  console.log(
    `phones: ${total} cases (${NUMBER_CASES.length} plain, ${LABELLED_CASES.length} labelled, ${REFUSED_CASES.length} to refuse)`,
  );
  for (const [name, parse] of parsers) {
    const s = score(parse);
    const correct = s.numbers + s.labelled + s.refused;
    console.log(
      `  ${name}: ${correct} correct, ${total - correct} incorrect ` +
        `(plain ${s.numbers}/${NUMBER_CASES.length}, labelled ${s.labelled}/${LABELLED_CASES.length}, refused ${s.refused}/${REFUSED_CASES.length})`,
    );
    if (process.env.BENCH_VERBOSE) for (const w of s.wrong) console.log(`      ${w}`);
  }

  const input = cells(100_000);
  const hard = input.filter((_, i) => i % 10 < 3);
  for (const parse of parsers.map((p) => p[1])) speed(parse, input.slice(0, 5000)); // warm up
  let baseline: { all: number; some: number } | undefined;
  for (const [name, parse] of parsers) {
    const all = speed(parse, input);
    const some = speed(parse, hard);
    baseline ??= { all, some };
    console.log(
      `  ${name}: 100,000 cells in ${all.toFixed(0)} ms (${((all / input.length) * 1000).toFixed(2)} µs/cell, ` +
        `×${(all / baseline.all).toFixed(2)} of ours); the ${hard.length} spaced, several or labelled in ${some.toFixed(0)} ms ` +
        `(×${(some / baseline.some).toFixed(2)})`,
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchPhoneParsers();
