import type Database from 'better-sqlite3';

/**
 * What may refer to a community or a grid. Each later domain (ledger entries, cadres, posts)
 * adds its line here, so a removal is refused with a message naming what still points at it.
 */
export interface Reference {
  /** What the referring records are called, e.g. 网格 or 台账记录. */
  what: string;
  /** Selects the display names of the referring rows; one parameter, the id. */
  sql: string;
}

export const communityReferences: Reference[] = [
  { what: '网格', sql: 'SELECT name FROM grids WHERE community_id = ? ORDER BY sort_order, id' },
  { what: '台账记录', sql: 'SELECT name FROM entries WHERE community_id = ? ORDER BY id' },
  { what: '下沉干部', sql: 'SELECT name FROM cadres WHERE community_id = ? ORDER BY id' },
  { what: '临时党支部', sql: 'SELECT name FROM party_branches WHERE community_id = ? ORDER BY id' },
  { what: '先锋岗、突击队或责任区', sql: 'SELECT name FROM org_groups WHERE community_id = ? ORDER BY id' },
  { what: '签到记录', sql: 'SELECT day FROM signins WHERE community_id = ? GROUP BY day ORDER BY day' },
  { what: '值班岗位', sql: 'SELECT name FROM duty_posts WHERE community_id = ? ORDER BY id' },
  { what: '每日工作量记录', sql: 'SELECT day FROM tally_values WHERE community_id = ? GROUP BY day ORDER BY day' },
];

export const gridReferences: Reference[] = [
  { what: '台账记录', sql: 'SELECT name FROM entries WHERE grid_id = ? ORDER BY id' },
];

/** "3 个网格（第一网格、第二网格、第三网格）", or null when nothing refers. */
export function describeReferences(db: Database.Database, references: Reference[], id: number): string | null {
  const parts: string[] = [];
  for (const ref of references) {
    const names = (db.prepare(ref.sql).pluck().all(id) as string[]).filter(Boolean);
    if (names.length === 0) continue;
    const shown = names.slice(0, 5).join('、') + (names.length > 5 ? ' 等' : '');
    parts.push(`${names.length} 个${ref.what}（${shown}）`);
  }
  return parts.length ? parts.join('，') : null;
}
