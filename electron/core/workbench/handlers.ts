import { addDays, diffDays, isoWeekday, todayText } from '../../../shared/domain/dates';
import type { DialysisToday, DueSoon, FollowUpOverdue } from '../../../shared/domain/ledgers/types';
import type { Ctx, HandlerMap, MethodsOf } from '../context';
import { readSettings } from '../settings/handlers';
import { DUE_DATE_SQL } from '../ledgers/dueDateSql';

const OVERDUE_SHOWN = 200;

/** 上午 before 下午 before 晚上; clock times by their hour. */
function sessionRank(session: string): number {
  if (/早|上午|^0?[5-9]|^1[01]/.test(session)) return 1;
  if (/中午|^12/.test(session)) return 2;
  if (/下午|^1[3-7]/.test(session)) return 3;
  if (/晚|夜|^1[89]|^2/.test(session)) return 4;
  return 5;
}

function dialysisToday(ctx: Ctx, weekday: number): DialysisToday[] {
  const rows = ctx.db
    .prepare(
      `SELECT e.id, e.name, e.phones, e.phone_notes, c.name AS community, e.address, e.fields, c.sort_order, e.name_pinyin
       FROM entries e JOIN communities c ON c.id = e.community_id
       WHERE e.kind = 'dialysis' AND e.status = '在册'
         AND EXISTS (SELECT 1 FROM json_each(e.fields, '$.dialysisDays') WHERE value = ?)
       ORDER BY c.sort_order, e.name_pinyin`,
    )
    .all(weekday) as {
    id: number;
    name: string;
    phones: string;
    phone_notes: string;
    community: string;
    address: string;
    fields: string;
  }[];
  return rows
    .map((row) => {
      const f = JSON.parse(row.fields) as Record<string, unknown>;
      return {
        entryId: row.id,
        name: row.name,
        phones: JSON.parse(row.phones) as string[],
        phoneNotes: JSON.parse(row.phone_notes) as Record<string, string>,
        community: row.community,
        address: row.address,
        hospital: String(f.dialysisHospital ?? ''),
        session: String(f.dialysisSession ?? ''),
        transport: String(f.transport ?? ''),
        escort: String(f.escort ?? ''),
        days: (f.dialysisDays as number[] | undefined) ?? [],
      };
    })
    .sort((a, b) => sessionRank(a.session) - sessionRank(b.session));
}

function dueSoon(ctx: Ctx, today: string): DueSoon[] {
  const rows = ctx.db
    .prepare(
      `SELECT * FROM (
         SELECT e.id, e.name, e.phones, e.phone_notes, c.name AS community, e.fields,
                ${DUE_DATE_SQL} AS due
         FROM entries e JOIN communities c ON c.id = e.community_id
         WHERE e.kind = 'pregnant' AND e.status = '在册')
       WHERE due IS NOT NULL AND due <= ? ORDER BY due, id`,
    )
    .all(addDays(today, 14)) as {
    id: number;
    name: string;
    phones: string;
    phone_notes: string;
    community: string;
    fields: string;
    due: string;
  }[];
  return rows.map((row) => {
    const f = JSON.parse(row.fields) as Record<string, unknown>;
    return {
      entryId: row.id,
      name: row.name,
      phones: JSON.parse(row.phones) as string[],
      phoneNotes: JSON.parse(row.phone_notes) as Record<string, string>,
      community: row.community,
      dueDate: row.due,
      daysLeft: diffDays(row.due, today),
      riskLevel: (f.riskLevel as string | undefined) ?? null,
      prenatalHospital: String(f.prenatalHospital ?? ''),
    };
  });
}

function overdue(ctx: Ctx, today: string, days: number): { total: number; rows: FollowUpOverdue[] } {
  const base = `
    SELECT * FROM (
      SELECT e.id, e.kind, k.name AS kind_name, e.name, c.name AS community, c.sort_order,
             (SELECT MAX(s.at) FROM services s WHERE s.entry_id = e.id) AS last_at,
             substr(e.created_at, 1, 10) AS created_on
      FROM entries e JOIN communities c ON c.id = e.community_id JOIN ledger_kinds k ON k.key = e.kind
      WHERE e.status = '在册')
    WHERE COALESCE(substr(last_at, 1, 10), created_on) <= ?`;
  const cutoff = addDays(today, -days);
  const total = ctx.db.prepare(`SELECT COUNT(*) FROM (${base})`).pluck().get(cutoff) as number;
  const rows = ctx.db
    .prepare(`${base} ORDER BY COALESCE(last_at, created_on), sort_order, id LIMIT ?`)
    .all(cutoff, OVERDUE_SHOWN) as {
    id: number;
    kind: string;
    kind_name: string;
    name: string;
    community: string;
    last_at: string | null;
    created_on: string;
  }[];
  return {
    total,
    rows: rows.map((row) => ({
      entryId: row.id,
      kind: row.kind,
      kindName: row.kind_name,
      name: row.name,
      community: row.community,
      lastServiceAt: row.last_at,
      daysSince: diffDays(today, (row.last_at ?? row.created_on).slice(0, 10)),
    })),
  };
}

export const workbenchHandlers: HandlerMap<MethodsOf<'workbench'>> = {
  'workbench.today': (ctx, { date }) => {
    const today = date ?? todayText(ctx.now());
    const weekday = isoWeekday(today);
    const { followUpDays } = readSettings(ctx);
    const counts = ctx.db
      .prepare(
        `SELECT c.name AS community, e.kind, k.name AS kindName, COUNT(*) AS count
         FROM entries e JOIN communities c ON c.id = e.community_id JOIN ledger_kinds k ON k.key = e.kind
         WHERE e.status = '在册' GROUP BY c.id, e.kind ORDER BY c.sort_order, k.sort_order`,
      )
      .all() as { community: string; kind: string; kindName: string; count: number }[];
    return {
      date: today,
      weekday,
      followUpDays,
      dialysisToday: dialysisToday(ctx, weekday),
      dueSoon: dueSoon(ctx, today),
      overdue: overdue(ctx, today, followUpDays),
      counts,
    };
  },
};
