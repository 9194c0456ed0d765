/** Signing in and out, corrections and walk-ins: each inside the caller's transaction, audited. */
import type { ParsedInput } from '../../../shared/contract';
import { nowText, todayText } from '../../../shared/domain/dates';
import { signOutAt, clockOf } from '../../../shared/domain/signins/time';
import type { SigninRow } from '../../../shared/domain/signins/types';
import { AppError } from '../../../shared/errors';
import { recordAudit } from '../audit/record';
import type { Ctx } from '../context';
import { prepared } from '../db/prepared';
import { cadreSearchText } from '../cadres/write';
import { communityId, findSignin, getPerson, getSignin } from './rows';

const when = (ctx: Ctx, day: string) => (day === todayText(ctx.now()) ? '今天' : ` ${day} `);

function audit(ctx: Ctx, method: string, id: number, before: SigninRow | null, after: SigninRow | null): void {
  recordAudit(ctx, { method, entity: 'signin', entityId: id, before, after });
}

export function signIn(ctx: Ctx, input: ParsedInput<'signins.signIn'>, method = 'signins.signIn'): SigninRow {
  const person = getPerson(ctx, input.cadreId);
  const existing = findSignin(ctx, input.cadreId, input.day);
  if (existing?.signedIn) {
    throw new AppError(
      'CONFLICT',
      `${person.name}${when(ctx, input.day)}已经在 ${clockOf(input.day, existing.signedIn)} 签到了，不用重复签到。` +
        (existing.signedOut ? '' : '要签退请切换到“签退”。'),
    );
  }
  const now = nowText(ctx.now());
  const signedIn = `${input.day} ${input.time ?? now.slice(11, 16)}`;
  const community = communityId(ctx, input.community) ?? person.communityId;
  let id: number;
  if (existing) {
    prepared(ctx.db, 'UPDATE signins SET signed_in = ?, updated_at = ? WHERE id = ?').run(signedIn, now, existing.id);
    id = existing.id;
  } else {
    id = Number(
      prepared(
        ctx.db,
        `INSERT INTO signins (cadre_id, day, community_id, post, signed_in, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ).run(input.cadreId, input.day, community, input.post ?? '', signedIn, now, now).lastInsertRowid,
    );
  }
  const after = getSignin(ctx, id);
  audit(ctx, method, id, existing, after);
  return after;
}

export function signOut(ctx: Ctx, input: ParsedInput<'signins.signOut'>): SigninRow {
  const person = getPerson(ctx, input.cadreId);
  const before = findSignin(ctx, input.cadreId, input.day);
  if (!before?.signedIn) {
    throw new AppError('CONFLICT', `${person.name}${when(ctx, input.day)}还没有签到，不能签退。请先签到。`);
  }
  if (before.signedOut) {
    throw new AppError(
      'CONFLICT',
      `${person.name}已经在 ${clockOf(input.day, before.signedOut)} 签退了。时间不对的话，请点签到记录里的“修改”。`,
    );
  }
  const now = nowText(ctx.now());
  const signedOut = input.time ? signOutAt(input.day, before.signedIn, input.time) : now;
  if (signedOut < before.signedIn) {
    throw new AppError('BAD_INPUT', `签退时间 ${signedOut} 早于签到时间 ${before.signedIn}，请核对。`);
  }
  prepared(ctx.db, 'UPDATE signins SET signed_out = ?, updated_at = ? WHERE id = ?').run(signedOut, now, before.id);
  const after = getSignin(ctx, before.id);
  audit(ctx, 'signins.signOut', before.id, before, after);
  return after;
}

export function correct(ctx: Ctx, input: ParsedInput<'signins.correct'>): SigninRow {
  const before = getSignin(ctx, input.id);
  const signedIn = input.signedIn ? `${before.day} ${input.signedIn}` : before.signedIn;
  let signedOut = before.signedOut;
  if (input.signedOut === null) signedOut = null;
  else if (input.signedOut) signedOut = signOutAt(before.day, signedIn, input.signedOut);
  else if (signedOut && signedIn && signedOut < signedIn)
    signedOut = signOutAt(before.day, signedIn, signedOut.slice(11, 16));
  if (signedOut && !signedIn) throw new AppError('BAD_INPUT', '没有签到时间，不能只填签退时间。请先填签到时间。');
  const note = input.note === undefined ? before.note : input.note.normalize('NFKC').trim();
  if (signedIn === before.signedIn && signedOut === before.signedOut && note === before.note) return before;
  prepared(ctx.db, 'UPDATE signins SET signed_in = ?, signed_out = ?, note = ?, updated_at = ? WHERE id = ?').run(
    signedIn,
    signedOut,
    note,
    nowText(ctx.now()),
    before.id,
  );
  const after = getSignin(ctx, before.id);
  audit(ctx, 'signins.correct', before.id, before, after);
  return after;
}

/** A person of the registry by name and phone, added (role 下沉干部) when not there yet. */
export function ensureCadre(
  ctx: Ctx,
  person: { name: string; phone: string | null; unit: string; communityId: number | null; post?: string },
  method: string,
): { id: number; added: boolean } {
  const existing = prepared(ctx.db, 'SELECT id FROM cadres WHERE name = ? AND phone IS ?')
    .pluck()
    .get(person.name, person.phone) as number | undefined;
  if (existing !== undefined) return { id: existing, added: false };
  const { pinyin, search } = cadreSearchText({ ...person, idNumber: null });
  const now = nowText(ctx.now());
  const values = {
    name: person.name,
    phone: person.phone,
    unit: person.unit,
    community_id: person.communityId,
    post: person.post ?? '',
    name_pinyin: pinyin,
    search,
  };
  const id = Number(
    prepared(
      ctx.db,
      `INSERT INTO cadres (name, phone, unit, community_id, post, role, name_pinyin, search, created_at, updated_at)
       VALUES (@name, @phone, @unit, @community_id, @post, '下沉干部', @name_pinyin, @search, @now, @now)`,
    ).run({ ...values, now }).lastInsertRowid,
  );
  recordAudit(ctx, { method, entity: 'cadre', entityId: id, before: null, after: { id, ...values } });
  return { id, added: true };
}

export function walkIn(ctx: Ctx, input: ParsedInput<'signins.walkIn'>): SigninRow {
  const community = communityId(ctx, input.community) ?? null;
  const { id } = ensureCadre(
    ctx,
    { name: input.name, phone: input.phone, unit: input.unit, communityId: community, post: input.post },
    'signins.walkIn',
  );
  return signIn(
    ctx,
    { cadreId: id, day: input.day, time: input.time, community: input.community, post: input.post },
    'signins.walkIn',
  );
}
