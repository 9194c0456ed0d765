/**
 * The soft rules as one ordering of eligible people for a shift (lower is better):
 * nights (on a night shift; on a day shift, more nights first) and weekends (on a weekend shift) counted with history, hours so far
 * in steps of this shift's length, leaders kept for leader duty when any post needs one, a different partner than last time, preferred post, same post
 * as last time; ties by person id (people are indexed in id order), so output is deterministic.
 */
import type { Book } from './book';
import type { Shift } from './shifts';

export function softScore(
  book: Book,
  p: number,
  shift: Shift,
  chosenIds: readonly number[],
  forLeader = false,
): number {
  const nights = shift.isNight ? Math.min(book.nights[p]!, 89) : 0;
  const weekends = shift.isWeekend ? Math.min(book.weekends[p]!, 9999) : 0;
  const hoursStep = Math.floor(book.hours[p]! / shift.hours);
  let partner = 0;
  if (chosenIds.length) {
    const last = book.lastPartners[p]!;
    for (const id of chosenIds) if (last.includes(id)) partner = 1;
  }
  const person = book.people[p]!;
  const pref = person.preferredPosts?.length ? (person.preferredPosts.includes(shift.post.id) ? 0 : 1) : 0;
  const last = book.lastPost[p];
  const same = last === undefined || last === shift.post.id ? 0 : 1;
  // On a day shift, prefer those who already did more nights: it keeps the others rested for the next night.
  const saveForNight = shift.isNight ? 0 : Math.max(0, 99 - book.nights[p]!);
  // Leaders are scarce: keep them for the shifts that need a leader on duty.
  const spareLeader = !forLeader && book.people[p]!.isLeader && book.leaderPosts > 0 ? 1 : 0;
  return (
    spareLeader * 1e15 +
    nights * 1e13 +
    weekends * 1e9 +
    Math.min(hoursStep, 9999) * 1e5 +
    saveForNight * 1e3 +
    partner * 100 +
    pref * 10 +
    same
  );
}
