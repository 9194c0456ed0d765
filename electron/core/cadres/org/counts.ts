/** orgs.counts: per community and for the street, the figures reports to superiors quote. */
import { todayText } from '../../../../shared/domain/dates';
import type { OrgCountRow, OrgCounts } from '../../../../shared/domain/cadres/types';
import type { Ctx } from '../../context';

/** People still posted (no 离开日期, or one after today) count; those who left do not. */
export function orgCounts(ctx: Ctx): OrgCounts {
  const today = todayText(ctx.now());
  const rows = ctx.db
    .prepare(
      `SELECT m.name AS community,
         (SELECT COUNT(*) FROM party_branches b WHERE b.community_id = m.id) AS branches,
         (SELECT COUNT(*) FROM org_groups g WHERE g.community_id = m.id AND g.kind = '先锋岗') AS vanguards,
         (SELECT COUNT(*) FROM org_groups g WHERE g.community_id = m.id AND g.kind = '责任区') AS areas,
         (SELECT COUNT(*) FROM org_groups g WHERE g.community_id = m.id AND g.kind = '突击队') AS teams,
         (SELECT COUNT(*) FROM cadres c WHERE c.community_id = m.id AND (c.left_on IS NULL OR c.left_on > @today)
            AND c.politics IN ('中共党员', '中共预备党员')) AS partyMembers,
         (SELECT COUNT(*) FROM cadres c WHERE c.community_id = m.id AND (c.left_on IS NULL OR c.left_on > @today)) AS people
       FROM communities m ORDER BY m.sort_order, m.id`,
    )
    .all({ today }) as OrgCountRow[];
  const shown = rows.filter((r) => r.branches + r.vanguards + r.areas + r.teams + r.people > 0);
  const total: OrgCountRow = {
    community: '合计',
    branches: 0,
    vanguards: 0,
    areas: 0,
    teams: 0,
    partyMembers: 0,
    people: 0,
  };
  // The total is the street's: people and organisations not tied to a community count too.
  const all = ctx.db
    .prepare(
      `SELECT (SELECT COUNT(*) FROM party_branches) AS branches,
         (SELECT COUNT(*) FROM org_groups WHERE kind = '先锋岗') AS vanguards,
         (SELECT COUNT(*) FROM org_groups WHERE kind = '责任区') AS areas,
         (SELECT COUNT(*) FROM org_groups WHERE kind = '突击队') AS teams,
         (SELECT COUNT(*) FROM cadres WHERE (left_on IS NULL OR left_on > @today) AND politics IN ('中共党员', '中共预备党员')) AS partyMembers,
         (SELECT COUNT(*) FROM cadres WHERE left_on IS NULL OR left_on > @today) AS people`,
    )
    .get({ today }) as Omit<OrgCountRow, 'community'>;
  return { rows: shown, total: { ...total, ...all } };
}
