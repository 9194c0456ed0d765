/** 值班排班: every roster method; writes run in a transaction with their audit rows. */
import type { Ctx, HandlerMap, MethodsOf } from '../context';
import { addAvailability, listAvailability, removeAvailability } from './availability';
import { rosterDay } from './day';
import { setCell, swapCells } from './edit';
import { exportRoster } from './exportWorkbook';
import { generateRoster } from './generate';
import { rosterGrid } from './grid';
import { lockCells } from './lock';
import { listPatterns, removePattern, savePattern } from './patterns';
import { listDutyPeople, updateDutyPerson } from './people';
import { personSchedule } from './person';
import { addPost, listPosts, removePost, updatePost } from './posts';
import { readRosterRules, updateRosterRules } from './rules';
import { rosterVsSignins } from './vsSignins';

const inTransaction =
  <I, O>(write: (ctx: Ctx, input: I) => O) =>
  (ctx: Ctx, input: I): O =>
    ctx.db.transaction(() => write(ctx, input))();

export const rosterHandlers: HandlerMap<
  MethodsOf<'shiftPatterns' | 'dutyPosts' | 'dutyPeople' | 'availability' | 'rosterRules' | 'rosters'>
> = {
  'shiftPatterns.list': (ctx) => listPatterns(ctx),
  'shiftPatterns.save': inTransaction(savePattern),
  'shiftPatterns.remove': inTransaction((ctx, { id }: { id: number }) => removePattern(ctx, id)),

  'dutyPosts.list': listPosts,
  'dutyPosts.add': inTransaction(addPost),
  'dutyPosts.update': inTransaction(updatePost),
  'dutyPosts.remove': inTransaction(removePost),

  'dutyPeople.list': listDutyPeople,
  'dutyPeople.update': inTransaction(updateDutyPerson),

  'availability.list': listAvailability,
  'availability.add': inTransaction(addAvailability),
  'availability.remove': inTransaction((ctx, { id }: { id: number }) => removeAvailability(ctx, id)),

  'rosterRules.get': (ctx) => readRosterRules(ctx),
  'rosterRules.update': inTransaction(updateRosterRules),

  // These open their own transactions: generate and edits check first, then write in one go.
  'rosters.generate': generateRoster,
  'rosters.grid': rosterGrid,
  'rosters.set': setCell,
  'rosters.swap': swapCells,
  'rosters.lock': lockCells,
  'rosters.day': rosterDay,
  'rosters.person': personSchedule,
  'rosters.export': exportRoster,
  'rosters.vsSignins': rosterVsSignins,
};
