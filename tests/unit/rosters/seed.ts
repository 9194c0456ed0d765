/** A street with two communities, a registry of duty people, and helpers to read the roster tables. */
import type { AppCore } from '../../../electron/core/app';
import type { DutyPost, RosterCell, RosterGrid } from '../../../shared/domain/rosters/types';
import { ok } from '../helpers';

export const NOW = new Date('2022-04-08T09:00:00+08:00');
/** Monday 2022-04-11 … Sunday 2022-04-17. */
export const WEEK = { from: '2022-04-11', to: '2022-04-17' };
export const TWO_BY_12 = 2;
export const THREE_BY_8 = 1;
export const FULL_DAY = 3;

export { fail } from '../helpers';

export function seedCommunities(core: AppCore): void {
  ok(core, 'communities.add', { name: '湖东社区' });
  ok(core, 'communities.add', { name: '柳影社区' });
}

/** A registry row written directly, as the registry keeps it. */
export function addPerson(
  core: AppCore,
  person: { name: string; phone?: string; community?: string; party?: boolean; unit?: string },
): number {
  const { db } = core.ctx;
  const community = person.community
    ? (db.prepare('SELECT id FROM communities WHERE name = ?').pluck().get(person.community) as number)
    : null;
  return Number(
    db
      .prepare(
        `INSERT INTO cadres (name, phone, unit, politics, community_id, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, '2022-04-01 08:00', '2022-04-01 08:00')`,
      )
      .run(
        person.name,
        person.phone ?? null,
        person.unit ?? '区城市管理局',
        person.party ? '中共党员' : '群众',
        community,
      ).lastInsertRowid,
  );
}

export function addPost(core: AppCore, input: Record<string, unknown>): DutyPost {
  return ok<DutyPost>(core, 'dutyPosts.add', {
    kind: '卡口',
    community: '湖东社区',
    perShift: 2,
    patternId: TWO_BY_12,
    ...input,
  });
}

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';

/** n people of 湖东社区: the first third are party members, phones 1390000NNNN. */
export function addPeople(core: AppCore, n: number, start = 1): number[] {
  return Array.from({ length: n }, (_, i) => {
    const k = start + i;
    return addPerson(core, {
      name: `${SURNAMES[(k - 1) % SURNAMES.length]}值班${k}`,
      phone: `1390000${String(k).padStart(4, '0')}`,
      community: '湖东社区',
      party: k % 3 === 1,
    });
  });
}

export function makeLeader(core: AppCore, cadreId: number): void {
  ok(core, 'dutyPeople.update', { cadreId, isLeader: true });
}

export const count = (core: AppCore, table: string) =>
  core.ctx.db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get() as number;

/** Every row of the tables an edit may touch, to compare before and after a refused call. */
export function snapshot(core: AppCore) {
  const db = core.ctx.db;
  return {
    shifts: db.prepare('SELECT * FROM duty_shifts ORDER BY id').all(),
    people: db.prepare('SELECT * FROM duty_shift_people ORDER BY shift_id, position').all(),
    posts: db.prepare('SELECT * FROM duty_posts ORDER BY id').all(),
    patterns: db.prepare('SELECT * FROM shift_patterns ORDER BY id').all(),
    unavailable: db.prepare('SELECT * FROM duty_unavailable ORDER BY id').all(),
    settings: db.prepare('SELECT * FROM settings ORDER BY key').all(),
    audit: count(core, 'audit_log'),
  };
}

export function grid(core: AppCore, input: Record<string, unknown> = WEEK): RosterGrid {
  return ok<RosterGrid>(core, 'rosters.grid', input);
}

export function cellOf(g: RosterGrid, postId: number, date: string, shiftName: string): RosterCell {
  const cell = g.cells.find((c) => c.postId === postId && c.date === date && c.shiftName === shiftName);
  if (!cell) throw new Error(`no cell ${postId} ${date} ${shiftName}`);
  return cell;
}

export const ids = (cell: RosterCell) => cell.people.map((p) => p.cadreId);

export function lastAudit(core: AppCore): { method: string; entity: string; before: unknown; after: unknown } {
  const row = core.ctx.db
    .prepare('SELECT method, entity, before, after FROM audit_log ORDER BY id DESC LIMIT 1')
    .get() as {
    method: string;
    entity: string;
    before: string | null;
    after: string | null;
  };
  return {
    ...row,
    before: row.before === null ? null : JSON.parse(row.before),
    after: row.after === null ? null : JSON.parse(row.after),
  };
}

/** A post as dutyPosts.update takes it back. */
export function postInput(post: DutyPost): Record<string, unknown> {
  const { patternName: _name, communityId: _id, ...rest } = post;
  return rest;
}
