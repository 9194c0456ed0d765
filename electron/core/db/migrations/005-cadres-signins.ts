import type { Migration } from './index';

export const m005CadresSignins: Migration = {
  version: 5,
  name: 'cadres sent down to communities, their organisation, and daily sign-ins',
  up(db) {
    db.exec(`
      CREATE TABLE party_branches (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        community_id INTEGER REFERENCES communities(id) ON DELETE RESTRICT,
        -- 第一书记, chosen from the registry.
        secretary_id INTEGER REFERENCES cadres(id) ON DELETE SET NULL,
        created_at TEXT NOT NULL
      );

      CREATE TABLE cadres (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        gender TEXT CHECK (gender IN ('男', '女')),
        phone TEXT,
        unit TEXT NOT NULL DEFAULT '',
        duty TEXT NOT NULL DEFAULT '',
        politics TEXT NOT NULL DEFAULT '群众' CHECK (politics IN ('中共党员', '中共预备党员', '共青团员', '群众')),
        community_id INTEGER REFERENCES communities(id) ON DELETE RESTRICT,
        post TEXT NOT NULL DEFAULT '',
        role TEXT NOT NULL DEFAULT '下沉干部' CHECK (role IN ('下沉干部', '志愿者', '社区工作者')),
        arrived_on TEXT,
        left_on TEXT,
        id_number TEXT,
        -- A person belongs to at most one temporary party branch.
        branch_id INTEGER REFERENCES party_branches(id) ON DELETE SET NULL,
        note TEXT NOT NULL DEFAULT '',
        name_pinyin TEXT NOT NULL DEFAULT '',
        search TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      -- The same person twice is the same name with the same phone.
      CREATE UNIQUE INDEX cadres_identity ON cadres(name, phone);
      CREATE INDEX cadres_by_community ON cadres(community_id);
      CREATE INDEX cadres_by_unit ON cadres(unit);

      -- 党员先锋岗, 党员突击队 (4-6 people) and 党员责任区 (a grid or buildings): groups with members.
      CREATE TABLE org_groups (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('先锋岗', '突击队', '责任区')),
        name TEXT NOT NULL,
        community_id INTEGER REFERENCES communities(id) ON DELETE RESTRICT,
        area TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        UNIQUE (kind, name, community_id)
      );
      CREATE TABLE org_members (
        group_id INTEGER NOT NULL REFERENCES org_groups(id) ON DELETE CASCADE,
        cadre_id INTEGER NOT NULL REFERENCES cadres(id) ON DELETE CASCADE,
        PRIMARY KEY (group_id, cadre_id)
      ) WITHOUT ROWID;

      -- One row per person per duty day; sign-out may fall on the next calendar day (night duty).
      CREATE TABLE signins (
        id INTEGER PRIMARY KEY,
        cadre_id INTEGER NOT NULL REFERENCES cadres(id) ON DELETE CASCADE,
        day TEXT NOT NULL,
        community_id INTEGER REFERENCES communities(id) ON DELETE RESTRICT,
        post TEXT NOT NULL DEFAULT '',
        signed_in TEXT,
        signed_out TEXT,
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (cadre_id, day)
      );
      CREATE INDEX signins_by_day ON signins(day, community_id);
    `);
  },
};
