/**
 * The soft rules as one ordering of eligible people for a shift (lower is better):
 * nights (on a night shift) and weekends (on a weekend shift) counted with history, hours so far
 * in steps of this shift's length, a different partner than last time, preferred post, same post
 * as last time; ties by person id (people are indexed in id order), so output is deterministic.
 */
import type { Book } from './book';
import type { Shift } from './shifts';

export function softScore(book: Book, p: number, shift: Shift, chosenIds: readonly number[]): number {
  const nights = shift.isNight ? book.nights[p]! : 0;
  const weekends = shift.isWeekend ? book.weekends[p]! : 0;
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
  return nights * 1e11 + weekends * 1e7 + Math.min(hoursStep, 9999) * 1e3 + partner * 100 + pref * 10 + same;
}
