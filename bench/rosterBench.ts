/**
 * Roster generation for 300 people × 40 posts × 3 shifts (3×8 h) × 14 days, against two baselines
 * measured in the same run: expanding the shifts and building the per-person indexes alone, and a
 * naive first-fit (same hard rules, no fairness); then the same case end to end through
 * rosters.generate on a SQLite file. Target: under 1000 ms.
 */
import { generate, type Person, type Post, type RosterInput } from '../electron/core/rosters/generator';
import { prepare, spanOf } from '../electron/core/rosters/generator/generate';
import { personViolations } from '../electron/core/rosters/generator/rules';
import { addDays } from '../shared/domain/dates';
import { benchRosterHandler } from './rosterHandlerBench';
import { ms, percentile, time } from './stats';

const PEOPLE = 300;
const POSTS = 40;
const DAYS = 14;
const FROM = '2022-04-11';

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function rosterInput(): RosterInput {
  const rand = rng(42);
  const kinds = ['卡口', '采样点', '门岗', '热线', '物资配送', '消杀'] as const;
  const posts: Post[] = Array.from({ length: POSTS }, (_, i) => ({
    id: i + 1,
    name: `${i + 1}号岗`,
    kind: kinds[i % kinds.length]!,
    community: ['湖东社区', '柳影社区', '新月路社区'][i % 3]!,
    perShift: 1 + (i % 3),
    needsPartyMember: i % 2 === 0,
    needsLeader: i % 10 === 0,
    patterns: { default: 1 },
  }));
  const people: Person[] = Array.from({ length: PEOPLE }, (_, i) => {
    const leave = rand() < 0.15 ? Math.floor(rand() * DAYS) : -1;
    return {
      id: i + 1,
      name: `干部${i + 1}`,
      isPartyMember: rand() < 0.5 || i % 20 === 0,
      isLeader: i % 20 === 0,
      unavailable: leave < 0 ? [] : [{ from: addDays(FROM, leave), to: addDays(FROM, leave + 2), reason: '轮休' }],
      ...(rand() < 0.3 ? { preferredPosts: [1 + Math.floor(rand() * POSTS)] } : {}),
    };
  });
  return {
    from: FROM,
    to: addDays(FROM, DAYS - 1),
    posts,
    patterns: [
      {
        id: 1,
        name: '三班倒',
        shifts: [
          { name: '夜班', start: '00:00', end: '08:00' },
          { name: '白班', start: '08:00', end: '16:00' },
          { name: '中班', start: '16:00', end: '24:00' },
        ],
      },
    ],
    people,
    history: people.filter((p) => p.id % 7 === 0).map((p) => ({ personId: p.id, nights: 3, weekends: 1, recent: [] })),
  };
}

/** First eligible person by id for each slot: the same hard rules, no fairness, no party/leader. */
function firstFit(input: RosterInput): number {
  const { book, shifts } = prepare(input);
  let unfilled = 0;
  for (const shift of shifts) {
    const span = spanOf(shift);
    let need = shift.post.perShift;
    for (let p = 0; p < book.people.length && need > 0; p++) {
      if (personViolations(book, p, span, true).length) continue;
      book.assign(p, span, []);
      need--;
    }
    unfilled += need;
  }
  return unfilled;
}

export function benchRoster(): void {
  const input = rosterInput();
  const runs = 7;
  generate(input); // warm-up
  const gen = time(() => generate(input), runs);
  const prep = time(() => prepare(input), runs);
  const naive = time(() => firstFit(input), runs);
  const result = generate(input);
  const median = percentile(gen, 50);
  console.log(
    `roster: ${PEOPLE} people × ${POSTS} posts × 3 shifts × ${DAYS} days generated in ${ms(median)} ` +
      `(median of ${runs}, p90 ${ms(percentile(gen, 90))}; target < 1000 ms); ` +
      `unfilled ${result.unfilled.length} shifts / ${result.stats.unfilledSlots} of ${result.stats.slots} slots; ` +
      `night spread ${result.stats.nightSpread}, weekend spread ${result.stats.weekendSpread}`,
  );
  const p = percentile(prep, 50);
  const n = percentile(naive, 50);
  console.log(`  baseline expand + per-person indexes: ${ms(p)} (ratio ${(median / p).toFixed(1)}×)`);
  console.log(`  baseline naive first-fit, same hard rules: ${ms(n)} (ratio ${(median / n).toFixed(2)}×)`);
  benchRosterHandler(input, median);
}
