/**
 * Input and output of the roster generator. Shapes follow the tables they will be read from:
 * posts, shift patterns, people (with availability), earlier rosters (history), locked cells.
 * Calendar dates are 'YYYY-MM-DD'; wall-clock times 'YYYY-MM-DD HH:mm' (Asia/Shanghai);
 * times of day 'HH:mm' ('24:00' allowed as an end).
 */
import type { PostKind, RosterRules } from '../../../../shared/domain/rosters/types';

export type Id = number;
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export type { PostKind };

/** Which shift pattern applies on which day: byDate beats byWeekday beats default. */
export interface PostPatterns {
  default: Id;
  byWeekday?: Partial<Record<Weekday, Id>>;
  byDate?: Record<string, Id>;
}

export interface Post {
  id: Id;
  name: string;
  kind: PostKind;
  community: string;
  /** People needed on each shift (the leader, when needed, is one of them). */
  perShift: number;
  needsPartyMember: boolean;
  needsLeader: boolean;
  /** Inclusive dates; absent = always. */
  activeFrom?: string;
  activeTo?: string;
  patterns: PostPatterns;
}

export interface ShiftDef {
  name: string;
  /** 'HH:mm'. end ≤ start means the next day: 20:00–08:00 is 12 h, 08:00–08:00 is 24 h. */
  start: string;
  end: string;
}

export interface ShiftPattern {
  id: Id;
  name: string;
  shifts: ShiftDef[];
}

/**
 * A period a person cannot work (请假, 隔离, 轮休). Dates 'YYYY-MM-DD' cover whole days
 * (inclusive); date-times 'YYYY-MM-DD HH:mm' give exact bounds (end exclusive). Both may mix.
 */
export interface Unavailability {
  from: string;
  to: string;
  reason?: string;
}

export interface Person {
  id: Id;
  name: string;
  isPartyMember: boolean;
  isLeader: boolean;
  unavailable: Unavailability[];
  /** Soft: posts this person would rather staff. */
  preferredPosts?: Id[];
  /** Hard: overrides Rules.maxHoursPerWeek for this person. */
  maxHoursPerWeek?: number;
  /** On the roster only through locked cells (not chosen for this period): never picked for a shift. */
  lockedOnly?: boolean;
}

/** The rules as the API names them; every one of them is hard except the night window and holidays (fairness). */
export type Rules = RosterRules;

export const DEFAULT_RULES: Rules = {
  minRestHours: 12,
  longRestHours: 24,
  longRestAfterHours: 24,
  maxHoursPerWeek: 60,
  nightStart: '00:00',
  nightEnd: '06:00',
  holidays: [],
};

/** A shift a person worked before the period (from earlier rosters), for rest and weekly hours. */
export interface PastShift {
  start: string;
  end: string;
  postId?: Id;
}

/** What earlier rosters say about one person. historyFromAssignments() builds it from rows. */
export interface PersonHistory {
  personId: Id;
  nights: number;
  weekends: number;
  /** Shifts near the period (at least the last one and those of the period's first ISO week). */
  recent: PastShift[];
  /** The post of the person's last shift, to keep people on the same post. */
  lastPostId?: Id;
}

/** A cell kept as it is by regeneration; its people count toward every rule. */
export interface LockedCell {
  postId: Id;
  date: string;
  shiftName: string;
  personIds: Id[];
  leaderId?: Id;
}

export interface RosterInput {
  from: string;
  to: string;
  posts: Post[];
  patterns: ShiftPattern[];
  people: Person[];
  rules?: Partial<Rules>;
  history?: PersonHistory[];
  locked?: LockedCell[];
}

/** One concrete shift of a post. `date` is the day it starts. */
export interface Assignment {
  postId: Id;
  date: string;
  shiftName: string;
  start: string;
  end: string;
  personIds: Id[];
  leaderId?: Id;
  locked?: boolean;
}

export type RuleCode = 'headcount' | 'rest' | 'overlap' | 'unavailable' | 'weekHours' | 'partyMember' | 'leader';

export interface Blocked {
  rule: RuleCode;
  /** How many people this rule turned away (0 for rules about the shift as a whole). */
  people: number;
}

export interface Unfilled {
  postId: Id;
  date: string;
  shiftName: string;
  start: string;
  end: string;
  missing: number;
  /** Chinese, one per hard rule that stopped the shift, e.g. '休息不足 12 小时（3 人）'. */
  reasons: string[];
  blocked: Blocked[];
}

export interface PersonStats {
  personId: Id;
  shifts: number;
  hours: number;
  nights: number;
  weekends: number;
  /** Including history. */
  totalNights: number;
  totalWeekends: number;
}

export interface RosterStats {
  shifts: number;
  slots: number;
  filledSlots: number;
  unfilledSlots: number;
  /** max − min over people, including history. */
  nightSpread: number;
  weekendSpread: number;
  people: PersonStats[];
}

export interface RosterResult {
  assignments: Assignment[];
  unfilled: Unfilled[];
  stats: RosterStats;
}
