import type { AppCore } from '../../../electron/core/app';
import { namePinyin, searchText } from '../../../electron/core/ledgers/search';
import { ok } from '../helpers';

export const COMMUNITIES = ['湖东社区', '惠达社区', '城北社区', '新月路社区', '柳影社区'];

export function seedCommunities(core: AppCore): void {
  for (const name of COMMUNITIES) ok(core, 'communities.add', { name });
}

/** A registry row written directly, as the registry would keep it. */
export function addCadre(
  core: AppCore,
  person: {
    name: string;
    phone?: string;
    unit?: string;
    community?: string;
    post?: string;
    arrivedOn?: string;
    leftOn?: string;
  },
): number {
  const { db } = core.ctx;
  const community = person.community
    ? (db.prepare('SELECT id FROM communities WHERE name = ?').pluck().get(person.community) as number)
    : null;
  const pinyin = namePinyin(person.name);
  return Number(
    db
      .prepare(
        `INSERT INTO cadres (name, phone, unit, community_id, post, arrived_on, left_on, name_pinyin, search, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '2022-04-01 08:00', '2022-04-01 08:00')`,
      )
      .run(
        person.name,
        person.phone ?? null,
        person.unit ?? '区城市管理局',
        community,
        person.post ?? '',
        person.arrivedOn ?? null,
        person.leftOn ?? null,
        pinyin.full,
        searchText(person.name, '', person.phone ? [person.phone] : [], pinyin),
      ).lastInsertRowid,
  );
}

export { fail } from '../helpers';
