/** Figures of a generated roster: slots filled and the spread of night and weekend shifts. */
import type { Book } from './book';
import type { Shift } from './shifts';
import type { Assignment, PersonStats, RosterStats, Unfilled } from './types';

export function summarize(book: Book, shifts: Shift[], assignments: Assignment[], unfilled: Unfilled[]): RosterStats {
  const slots = shifts.reduce((sum, s) => sum + s.post.perShift, 0);
  const unfilledSlots = unfilled.reduce((sum, u) => sum + u.missing, 0);
  const people: PersonStats[] = book.people.map((person, p) => ({
    personId: person.id,
    shifts: book.shifts[p]!,
    hours: book.hours[p]!,
    nights: book.periodNights[p]!,
    weekends: book.periodWeekends[p]!,
    totalNights: book.nights[p]!,
    totalWeekends: book.weekends[p]!,
  }));
  const spread = (xs: number[]) => (xs.length ? Math.max(...xs) - Math.min(...xs) : 0);
  return {
    shifts: shifts.length,
    slots,
    filledSlots: assignments.reduce((sum, a) => sum + a.personIds.length, 0),
    unfilledSlots,
    nightSpread: spread(people.map((s) => s.totalNights)),
    weekendSpread: spread(people.map((s) => s.totalWeekends)),
    people,
  };
}
