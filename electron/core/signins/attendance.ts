/** 考勤统计: per person and per 派出单位, over a date range of duty days. */
import type { ParsedInput } from '../../../shared/contract';
import { minutesBetween, roundHours } from '../../../shared/domain/signins/time';
import type { AttendancePerson, AttendanceReport, AttendanceUnit } from '../../../shared/domain/signins/types';
import type { Ctx } from '../context';
import { communityId } from './rows';

interface Row {
  cadreId: number;
  name: string;
  unit: string;
  community: string;
  signedIn: string | null;
  signedOut: string | null;
}

const NO_UNIT = '（未填单位）';

export function attendanceReport(ctx: Ctx, input: ParsedInput<'attendance.report'>): AttendanceReport {
  const community = communityId(ctx, input.community);
  const clauses = ['s.day BETWEEN @from AND @to', 's.signed_in IS NOT NULL'];
  if (community !== undefined) clauses.push('COALESCE(s.community_id, c.community_id) = @community');
  if (input.unit) clauses.push('c.unit = @unit');
  const rows = ctx.db
    .prepare(
      `SELECT s.cadre_id AS cadreId, c.name, c.unit, COALESCE(cm.name, '') AS community,
              s.signed_in AS signedIn, s.signed_out AS signedOut
         FROM signins s JOIN cadres c ON c.id = s.cadre_id
         LEFT JOIN communities cm ON cm.id = COALESCE(s.community_id, c.community_id)
        WHERE ${clauses.join(' AND ')}
        ORDER BY c.unit, c.name_pinyin, c.name, c.id, s.day`,
    )
    .all({ from: input.from, to: input.to, community: community ?? null, unit: input.unit ?? null }) as Row[];

  const people = new Map<number, AttendancePerson & { minutes: number }>();
  for (const r of rows) {
    let p = people.get(r.cadreId);
    if (!p) {
      p = {
        cadreId: r.cadreId,
        name: r.name,
        unit: r.unit || NO_UNIT,
        community: r.community,
        days: 0,
        hours: 0,
        missingSignOut: 0,
        minutes: 0,
      };
      people.set(r.cadreId, p);
    }
    p.days++;
    if (r.signedOut && r.signedIn) p.minutes += Math.max(0, minutesBetween(r.signedIn, r.signedOut));
    else p.missingSignOut++;
  }

  const units = new Map<string, AttendanceUnit & { minutes: number }>();
  const list: AttendancePerson[] = [];
  for (const { minutes, ...p } of people.values()) {
    list.push({ ...p, hours: roundHours(minutes / 60) });
    let u = units.get(p.unit);
    if (!u) units.set(p.unit, (u = { unit: p.unit, people: 0, days: 0, hours: 0, missingSignOut: 0, minutes: 0 }));
    u.people++;
    u.days += p.days;
    u.minutes += minutes;
    u.missingSignOut += p.missingSignOut;
  }
  // Units in pinyin order (区… before 市…), people in the order of the query within each unit.
  const collator = new Intl.Collator('zh-Hans-CN');
  const byUnit = (a: { unit: string }, b: { unit: string }) => collator.compare(a.unit, b.unit);
  list.sort(byUnit);
  return {
    from: input.from,
    to: input.to,
    people: list,
    units: [...units.values()].sort(byUnit).map(({ minutes, ...u }) => ({ ...u, hours: roundHours(minutes / 60) })),
  };
}
