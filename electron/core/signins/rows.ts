/** The queries the sign-in handlers share: rows of the day, people, communities. */
import { AppError } from '../../../shared/errors';
import { roundHours, dutyHours } from '../../../shared/domain/signins/time';
import type { SigninPerson, SigninRow } from '../../../shared/domain/signins/types';
import type { Ctx } from '../context';
import { prepared } from '../db/prepared';

export const SIGNIN_SELECT = `
  SELECT s.id, s.cadre_id AS cadreId, c.name, c.unit, COALESCE(c.phone, '') AS phone,
         COALESCE(sc.name, cc.name, '') AS community, CASE WHEN s.post <> '' THEN s.post ELSE c.post END AS post,
         s.day, s.signed_in AS signedIn, s.signed_out AS signedOut, s.note
    FROM signins s
    JOIN cadres c ON c.id = s.cadre_id
    LEFT JOIN communities sc ON sc.id = s.community_id
    LEFT JOIN communities cc ON cc.id = c.community_id`;

export const PERSON_COLUMNS = `c.id AS cadreId, c.name, c.unit, COALESCE(c.phone, '') AS phone,
  COALESCE(cm.name, '') AS community, c.post`;
export const PERSON_SELECT = `SELECT ${PERSON_COLUMNS} FROM cadres c LEFT JOIN communities cm ON cm.id = c.community_id`;

/** Registry members on duty that day: arrived by then and not yet gone. */
export const ACTIVE_ON = `(c.arrived_on IS NULL OR c.arrived_on <= @day) AND (c.left_on IS NULL OR c.left_on >= @day)`;

export function withHours(row: Omit<SigninRow, 'hours'>): SigninRow {
  return { ...row, hours: row.signedIn && row.signedOut ? roundHours(dutyHours(row.signedIn, row.signedOut)) : null };
}

export function getSignin(ctx: Ctx, id: number): SigninRow {
  const row = prepared(ctx.db, `${SIGNIN_SELECT} WHERE s.id = ?`).get(id) as Omit<SigninRow, 'hours'> | undefined;
  if (!row) throw new AppError('NOT_FOUND', '找不到这条签到记录，可能已被删除。请刷新后重试。');
  return withHours(row);
}

export function findSignin(ctx: Ctx, cadreId: number, day: string): SigninRow | null {
  const id = prepared(ctx.db, 'SELECT id FROM signins WHERE cadre_id = ? AND day = ?').pluck().get(cadreId, day) as
    number | undefined;
  return id === undefined ? null : getSignin(ctx, id);
}

export function getPerson(ctx: Ctx, cadreId: number): SigninPerson & { communityId: number | null } {
  const row = prepared(
    ctx.db,
    `SELECT ${PERSON_COLUMNS}, c.community_id AS communityId FROM cadres c
       LEFT JOIN communities cm ON cm.id = c.community_id WHERE c.id = ?`,
  ).get(cadreId) as (SigninPerson & { communityId: number | null }) | undefined;
  if (!row) throw new AppError('NOT_FOUND', '名册中找不到这个人，可能已被删除。请刷新后重试。');
  return row;
}

/** A community's id by name; undefined for none given; an error for a name that is not a community. */
export function communityId(ctx: Ctx, name: string | undefined): number | undefined {
  if (!name) return undefined;
  const id = prepared(ctx.db, 'SELECT id FROM communities WHERE name = ?').pluck().get(name) as number | undefined;
  if (id === undefined) {
    throw new AppError('BAD_INPUT', `没有名为“${name}”的社区。请先在 设置 → 社区与网格 中添加，或选择已有的社区。`, {
      community: `没有名为“${name}”的社区`,
    });
  }
  return id;
}
