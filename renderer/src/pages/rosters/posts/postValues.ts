import dayjs, { type Dayjs } from 'dayjs';
import type { Input } from '../../../../../shared/contract';
import type { DutyPost, PostKind, Weekday } from '../../../../../shared/domain/rosters/types';

/** The post form's values. */
export interface PostValues {
  name?: string;
  kind: PostKind;
  community: string;
  address?: string;
  perShift: number;
  needsPartyMember: boolean;
  needsLeader: boolean;
  activeFrom?: Dayjs | null;
  activeTo?: Dayjs | null;
  patternId?: number;
  byWeekday?: Partial<Record<string, number | null>>;
  byDate?: { date?: Dayjs; patternId?: number }[];
  note?: string;
}

/** A post as the form starts from: the post's values, or a new post's defaults. */
export function postToValues(post: DutyPost | null, community: string, patternId?: number): PostValues {
  if (!post)
    return { kind: '卡口', community, perShift: 2, needsPartyMember: false, needsLeader: false, patternId, byDate: [] };
  return {
    name: post.name,
    kind: post.kind,
    community: post.community,
    address: post.address,
    perShift: post.perShift,
    needsPartyMember: post.needsPartyMember,
    needsLeader: post.needsLeader,
    activeFrom: post.activeFrom ? dayjs(post.activeFrom) : null,
    activeTo: post.activeTo ? dayjs(post.activeTo) : null,
    patternId: post.patternId,
    byWeekday: Object.fromEntries(Object.entries(post.byWeekday).map(([d, id]) => [d, id])),
    byDate: Object.entries(post.byDate).map(([date, id]) => ({ date: dayjs(date), patternId: id })),
    note: post.note,
  };
}

const dateOf = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);

/** The form's values as dutyPosts.add takes them. */
export function valuesToInput(v: PostValues): Input<'dutyPosts.add'> {
  const byWeekday: Partial<Record<`${Weekday}`, number>> = {};
  for (const [d, id] of Object.entries(v.byWeekday ?? {})) if (id) byWeekday[d as `${Weekday}`] = id;
  const byDate: Record<string, number> = {};
  for (const row of v.byDate ?? [])
    if (row.date && row.patternId) byDate[row.date.format('YYYY-MM-DD')] = row.patternId;
  return {
    name: v.name ?? '',
    kind: v.kind,
    community: v.community ?? '',
    address: v.address ?? '',
    perShift: v.perShift,
    needsPartyMember: v.needsPartyMember,
    needsLeader: v.needsLeader,
    activeFrom: dateOf(v.activeFrom),
    activeTo: dateOf(v.activeTo),
    patternId: v.patternId ?? 0,
    byWeekday,
    byDate,
    note: v.note ?? '',
  };
}
