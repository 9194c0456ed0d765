import type { Migration } from './index';

const now = () => new Date().toISOString();

export const m006Rosters: Migration = {
  version: 6,
  name: 'duty rosters: shift patterns, posts, people settings, unavailability, roster cells',
  up(db) {
    db.exec(`
      -- 班次: shifts is JSON [{ name, start 'HH:mm', end 'HH:mm' }]; an end at or before the start is the next day.
      CREATE TABLE shift_patterns (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        shifts TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );

      -- 岗位. community_id NULL: a post of the street itself.
      CREATE TABLE duty_posts (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('卡口', '采样点', '门岗', '热线', '物资配送', '消杀', '其他')),
        community_id INTEGER REFERENCES communities(id) ON DELETE RESTRICT,
        address TEXT NOT NULL DEFAULT '',
        per_shift INTEGER NOT NULL CHECK (per_shift >= 1),
        needs_party INTEGER NOT NULL DEFAULT 0,
        needs_leader INTEGER NOT NULL DEFAULT 0,
        active_from TEXT,
        active_to TEXT,
        pattern_id INTEGER NOT NULL REFERENCES shift_patterns(id) ON DELETE RESTRICT,
        -- JSON { byWeekday: { '6': patternId }, byDate: { '2022-05-01': patternId } }
        pattern_overrides TEXT NOT NULL DEFAULT '{}',
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE UNIQUE INDEX duty_posts_name ON duty_posts(name, ifnull(community_id, 0));

      -- Roster settings of a registry member; a member without a row has the defaults.
      CREATE TABLE duty_people (
        cadre_id INTEGER PRIMARY KEY REFERENCES cadres(id) ON DELETE CASCADE,
        is_leader INTEGER NOT NULL DEFAULT 0,
        max_hours_per_week INTEGER,
        preferred_posts TEXT NOT NULL DEFAULT '[]'
      );

      -- 请假, 隔离, 轮休: 'YYYY-MM-DD' (whole days, inclusive) or 'YYYY-MM-DD HH:mm' (end exclusive).
      CREATE TABLE duty_unavailable (
        id INTEGER PRIMARY KEY,
        cadre_id INTEGER NOT NULL REFERENCES cadres(id) ON DELETE CASCADE,
        from_at TEXT NOT NULL,
        to_at TEXT NOT NULL,
        reason TEXT NOT NULL CHECK (reason IN ('请假', '隔离', '轮休', '其他')),
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
      );
      CREATE INDEX duty_unavailable_by_cadre ON duty_unavailable(cadre_id);

      -- One shift of one post on one day (its start date); times are wall-clock 'YYYY-MM-DD HH:mm'.
      CREATE TABLE duty_shifts (
        id INTEGER PRIMARY KEY,
        post_id INTEGER NOT NULL REFERENCES duty_posts(id) ON DELETE CASCADE,
        date TEXT NOT NULL,
        shift_name TEXT NOT NULL,
        start_at TEXT NOT NULL,
        end_at TEXT NOT NULL,
        leader_id INTEGER REFERENCES cadres(id) ON DELETE SET NULL,
        locked INTEGER NOT NULL DEFAULT 0,
        -- JSON string[]: why generation left places empty.
        unfilled_reasons TEXT NOT NULL DEFAULT '[]',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (post_id, date, shift_name)
      );
      CREATE INDEX duty_shifts_by_date ON duty_shifts(date);

      CREATE TABLE duty_shift_people (
        shift_id INTEGER NOT NULL REFERENCES duty_shifts(id) ON DELETE CASCADE,
        cadre_id INTEGER NOT NULL REFERENCES cadres(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        PRIMARY KEY (shift_id, cadre_id)
      ) WITHOUT ROWID;
      CREATE INDEX duty_shift_people_by_cadre ON duty_shift_people(cadre_id);
    `);
    const insert = db.prepare('INSERT INTO shift_patterns (name, shifts, created_at, updated_at) VALUES (?, ?, ?, ?)');
    const at = now();
    const patterns: [string, { name: string; start: string; end: string }[]][] = [
      [
        '三班倒（3×8 小时）',
        [
          { name: '夜班', start: '00:00', end: '08:00' },
          { name: '白班', start: '08:00', end: '16:00' },
          { name: '中班', start: '16:00', end: '24:00' },
        ],
      ],
      [
        '两班倒（2×12 小时）',
        [
          { name: '白班', start: '08:00', end: '20:00' },
          { name: '夜班', start: '20:00', end: '08:00' },
        ],
      ],
      ['24 小时值守', [{ name: '全天', start: '08:00', end: '08:00' }]],
    ];
    for (const [name, shifts] of patterns) insert.run(name, JSON.stringify(shifts), at, at);
  },
};
