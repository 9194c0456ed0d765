/** What the duty-roster (值班排班) methods answer with. Dates 'YYYY-MM-DD'; times 'YYYY-MM-DD HH:mm'. */

export const POST_KINDS = ['卡口', '采样点', '门岗', '热线', '物资配送', '消杀', '其他'] as const;
export type PostKind = (typeof POST_KINDS)[number];

export const UNAVAILABLE_REASONS = ['请假', '隔离', '轮休', '其他'] as const;
export type UnavailableReason = (typeof UNAVAILABLE_REASONS)[number];

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** One shift of a pattern. 'HH:mm'; an end at or before the start is the next day (20:00–08:00). */
export interface ShiftDef {
  name: string;
  start: string;
  end: string;
}

/** 班次: 3×8h, 2×12h, 24h … */
export interface ShiftPattern {
  id: number;
  name: string;
  shifts: ShiftDef[];
  /** Posts that use it (by default, on a weekday or on a date). */
  usedBy: number;
}

/** 岗位. */
export interface DutyPost {
  id: number;
  name: string;
  kind: PostKind;
  communityId: number | null;
  /** '' when the post belongs to the street, not one community. */
  community: string;
  address: string;
  perShift: number;
  needsPartyMember: boolean;
  needsLeader: boolean;
  activeFrom: string | null;
  activeTo: string | null;
  /** The pattern on ordinary days. */
  patternId: number;
  patternName: string;
  /** Patterns that replace it on some weekdays or dates (a date beats a weekday). */
  byWeekday: Partial<Record<Weekday, number>>;
  byDate: Record<string, number>;
  note: string;
}

/** A person of the cadre registry as the roster sees them. */
export interface DutyPerson {
  cadreId: number;
  name: string;
  phone: string;
  unit: string;
  community: string;
  isPartyMember: boolean;
  /** 带班领导: may lead a shift. */
  isLeader: boolean;
  /** Overrides the rule's weekly maximum for this person; null = the rule. */
  maxHoursPerWeek: number | null;
  /** Posts this person would rather staff (soft). */
  preferredPostIds: number[];
}

/** 请假, 隔离, 轮休: whole days (from/to dates, inclusive) or exact times (end exclusive). */
export interface Unavailability {
  id: number;
  cadreId: number;
  name: string;
  from: string;
  to: string;
  reason: UnavailableReason;
  note: string;
}

export interface RosterRules {
  /** Rest between two shifts of one person, hours (default 12). */
  minRestHours: number;
  /** Rest after a long duty (default 24 h after a shift of 24 h or more). */
  longRestHours: number;
  longRestAfterHours: number;
  /** At most this many hours per week (Monday–Sunday), default 60. */
  maxHoursPerWeek: number;
  /** A shift touching this window is a night shift (default 00:00–06:00). */
  nightStart: string;
  nightEnd: string;
  /** 法定节假日, counted like weekends. */
  holidays: string[];
}

export type RuleCode = 'headcount' | 'rest' | 'overlap' | 'unavailable' | 'weekHours' | 'partyMember' | 'leader';

export interface CellRef {
  postId: number;
  date: string;
  shiftName: string;
}

export interface RosterIssue extends CellRef {
  rule: RuleCode;
  /** The rule's Chinese name, e.g. '休息不足 12 小时'. */
  label: string;
  cadreId?: number;
}

export interface RosterPersonRef {
  cadreId: number;
  name: string;
  phone: string;
  isPartyMember: boolean;
  isLeader: boolean;
}

/** One shift of one post on one day: who is on it and what is wrong with it. */
export interface RosterCell extends CellRef {
  start: string;
  end: string;
  people: RosterPersonRef[];
  /** 带班领导 of this shift (one of people). */
  leaderId: number | null;
  locked: boolean;
  needed: number;
  missing: number;
  /** Why generation left places empty ('休息不足 12 小时（3 人）' …). */
  reasons: string[];
  /** Hard rules the cell breaks now (after manual edits). */
  issues: RosterIssue[];
}

export interface RosterDayHead {
  date: string;
  /** 1 = Monday … 7 = Sunday. */
  weekday: Weekday;
  /** Saturday, Sunday or a holiday of the rules. */
  restDay: boolean;
}

/** The posts × days grid. */
export interface RosterGrid {
  from: string;
  to: string;
  days: RosterDayHead[];
  posts: DutyPost[];
  cells: RosterCell[];
}

export interface UnfilledShift extends CellRef {
  postName: string;
  start: string;
  end: string;
  missing: number;
  reasons: string[];
}

export interface GenerateResult {
  from: string;
  to: string;
  shifts: number;
  slots: number;
  filledSlots: number;
  /** Cells kept because they were locked. */
  kept: number;
  /** Unlocked cells of the period that the new roster replaced. */
  replaced: number;
  unfilled: UnfilledShift[];
  /** Max − min over the people, counting earlier rosters. */
  nightSpread: number;
  weekendSpread: number;
}

/** An edit: applied unless it breaks a hard rule and was not confirmed. */
export interface EditResult {
  applied: boolean;
  issues: RosterIssue[];
  /** The cells the edit touched, as they are now. */
  cells: RosterCell[];
}

/** One post's day for the printed daily roster. */
export interface RosterDayPost {
  post: DutyPost;
  shifts: {
    shiftName: string;
    start: string;
    end: string;
    leader: string;
    people: { cadreId: number; name: string; phone: string; unit: string; isLeader: boolean }[];
    missing: number;
  }[];
}

export interface RosterDay {
  date: string;
  weekday: Weekday;
  streetName: string;
  /** '' = every community. */
  community: string;
  posts: RosterDayPost[];
}

export interface PersonShift {
  date: string;
  weekday: Weekday;
  postId: number;
  postName: string;
  community: string;
  address: string;
  shiftName: string;
  start: string;
  end: string;
  hours: number;
  isLeader: boolean;
}

/** One person's own schedule, as a list. */
export interface PersonSchedule {
  cadreId: number;
  name: string;
  phone: string;
  from: string;
  to: string;
  shifts: PersonShift[];
  hours: number;
  nights: number;
}

export interface RosterAbsent {
  cadreId: number;
  name: string;
  phone: string;
  postName: string;
  shiftName: string;
  start: string;
  end: string;
}

export interface RosterUnscheduled {
  cadreId: number;
  name: string;
  phone: string;
  signedIn: string | null;
  post: string;
}

/** A day's roster against its sign-ins. */
export interface RosterVsSignins {
  date: string;
  community: string;
  /** Rostered and signed in. */
  present: number;
  /** Rostered, no sign-in. */
  absent: RosterAbsent[];
  /** Signed in without a shift that day. */
  unscheduled: RosterUnscheduled[];
}
