import type { StagedFile } from '../platform';
import type {
  DutyPerson,
  DutyPost,
  EditResult,
  GenerateResult,
  PersonSchedule,
  RosterDay,
  RosterGrid,
  RosterRules,
  RosterVsSignins,
  ShiftPattern,
  Unavailability,
} from '../domain/rosters/types';
import {
  availabilityAddInput,
  availabilityListInput,
  availabilityRemoveInput,
  dutyPeopleListInput,
  dutyPersonUpdateInput,
  dutyPostAddInput,
  dutyPostListInput,
  dutyPostRemoveInput,
  dutyPostUpdateInput,
  rosterDayInput,
  rosterExportInput,
  rosterGenerateInput,
  rosterGridInput,
  rosterLockInput,
  rosterPersonInput,
  rosterRulesUpdateInput,
  rosterSetInput,
  rosterSwapInput,
  rosterVsSigninsInput,
  shiftPatternIdInput,
  shiftPatternSaveInput,
} from '../schemas/rosters';
import { method, none } from './method';

/** 值班排班: posts, shift patterns, availability, generation, editing, printing. */
export const rosterContract = {
  'shiftPatterns.list': method(none).returns<ShiftPattern[]>(),
  /** Adds (no id) or changes a pattern; names are unique. */
  'shiftPatterns.save': method(shiftPatternSaveInput).returns<ShiftPattern>(),
  /** Refused (CONFLICT) while a post uses it. */
  'shiftPatterns.remove': method(shiftPatternIdInput).returns<{ id: number }>(),

  'dutyPosts.list': method(dutyPostListInput).returns<DutyPost[]>(),
  'dutyPosts.add': method(dutyPostAddInput).returns<DutyPost>(),
  'dutyPosts.update': method(dutyPostUpdateInput).returns<DutyPost>(),
  /** A post with roster cells needs confirm: true; its cells go with it. */
  'dutyPosts.remove': method(dutyPostRemoveInput).returns<{ id: number; cells: number }>(),

  /** Active registry members with their roster settings (带班领导, weekly hours, preferred posts). */
  'dutyPeople.list': method(dutyPeopleListInput).returns<DutyPerson[]>(),
  'dutyPeople.update': method(dutyPersonUpdateInput).returns<DutyPerson>(),

  /** 请假, 隔离, 轮休. */
  'availability.list': method(availabilityListInput).returns<Unavailability[]>(),
  'availability.add': method(availabilityAddInput).returns<Unavailability>(),
  'availability.remove': method(availabilityRemoveInput).returns<{ id: number }>(),

  'rosterRules.get': method(none).returns<RosterRules>(),
  'rosterRules.update': method(rosterRulesUpdateInput).returns<RosterRules>(),

  /** Builds the roster of a period (≤ 31 days) for the posts and people; locked cells are kept. */
  'rosters.generate': method(rosterGenerateInput).returns<GenerateResult>(),
  /** The posts × days grid of a period, with each cell's people and broken rules. */
  'rosters.grid': method(rosterGridInput).returns<RosterGrid>(),
  /** Puts people on one shift; breaking a hard rule needs confirm: true (else applied: false). */
  'rosters.set': method(rosterSetInput).returns<EditResult>(),
  /** Swaps two people between two shifts, with the same checks as rosters.set. */
  'rosters.swap': method(rosterSwapInput).returns<EditResult>(),
  /** Locked cells are kept as they are when the period is generated again. */
  'rosters.lock': method(rosterLockInput).returns<{ count: number }>(),
  /** The daily roster to print: per post, each shift's people, phones and leader. */
  'rosters.day': method(rosterDayInput).returns<RosterDay>(),
  /** One person's own schedule. */
  'rosters.person': method(rosterPersonInput).returns<PersonSchedule>(),
  /** The period's roster as an official-style workbook (one sheet per community). */
  'rosters.export': method(rosterExportInput).returns<StagedFile>(),
  /** Who was rostered and did not sign in, and who signed in without a shift. */
  'rosters.vsSignins': method(rosterVsSigninsInput).returns<RosterVsSignins>(),
};
