/** The roster generator: pure functions over posts, patterns, people, history and locked cells. */
export * from './types';
export { generate } from './generate';
export { checkAssignment, applyChange, type RosterChange, type CheckIssue, type CellRef } from './check';
export { expandShifts, cellKey, type Shift } from './shifts';
export { historyFromAssignments } from './history';
export { ruleLabel } from './rules';
export { rosterIssues } from './audit';
export { classifyPast } from './book';
