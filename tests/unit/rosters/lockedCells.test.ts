import { describe, expect, it } from 'vitest';
import { generate } from '../../../electron/core/rosters/generator';
import { base, people, person, post } from './fixtures';

describe('generate: locked cells are checked too', () => {
  it('reports a full locked cell without its leader or party member (nothing is missing, a rule is)', () => {
    const r = generate(
      base({
        posts: [post(1, 4, { perShift: 2, needsLeader: true, needsPartyMember: true })],
        people: [...people(3), person(4, { isLeader: true, isPartyMember: true })],
        locked: [{ postId: 1, date: '2022-04-11', shiftName: '白班', personIds: [1, 2] }],
      }),
    );
    expect(r.assignments).toMatchObject([{ personIds: [1, 2], locked: true }]);
    expect(r.unfilled).toMatchObject([{ date: '2022-04-11', shiftName: '白班', missing: 0 }]);
    expect(r.unfilled[0]!.reasons).toEqual(['需要带班领导', '本班次需要党员']);
  });

  it('reports the person rules locked people break, and keeps them', () => {
    const r = generate(
      base({
        to: '2022-04-12',
        posts: [post(1, 2)],
        people: [person(1, { unavailable: [{ from: '2022-04-12 12:00', to: '2022-04-12 23:00' }] }), person(2)],
        locked: [
          { postId: 1, date: '2022-04-11', shiftName: '白班', personIds: [1] },
          { postId: 1, date: '2022-04-11', shiftName: '夜班', personIds: [1] },
          { postId: 1, date: '2022-04-12', shiftName: '白班', personIds: [1] },
        ],
      }),
    );
    expect(r.unfilled.map((u) => [u.date, u.shiftName, u.reasons])).toEqual([
      ['2022-04-11', '夜班', ['锁定人员休息不足 12 小时（1 人）']],
      ['2022-04-12', '白班', ['锁定人员当天不可用(请假/隔离/轮休)（1 人）']],
    ]);
    expect(r.assignments.filter((a) => a.locked).map((a) => a.personIds)).toEqual([[1], [1], [1]]);
  });

  it('never picks a person who is there only for a locked cell', () => {
    const r = generate(
      base({
        to: '2022-04-13',
        posts: [post(1, 4)],
        people: [person(1, { lockedOnly: true }), person(2)],
        locked: [{ postId: 1, date: '2022-04-12', shiftName: '白班', personIds: [1] }],
      }),
    );
    expect(r.assignments.map((a) => [a.date, a.personIds])).toEqual([
      ['2022-04-11', [2]],
      ['2022-04-12', [1]],
      ['2022-04-13', [2]],
    ]);
  });
});
