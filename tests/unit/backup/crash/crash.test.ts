/**
 * A process killed (SIGKILL) in the middle of a big write leaves a file that opens, passes
 * integrity_check, and holds all of the interrupted work or none of it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppCore } from '../../../../electron/core/app';
import type { BackupInfo } from '../../../../shared/domain/backup/types';
import { womanId } from '../../ids';
import { ok, okAsync, openTestApp, tempDir } from '../../helpers';
import { addPeople, addPost, seedCommunities, THREE_BY_8 } from '../../rosters/seed';
import { addCommunity, communityNames, integrity } from '../helpers';
import { killAt } from './run';

const ROWS = 100_000;

function writeCsv(file: string, rows: number): void {
  const lines = ['序号,姓名,身份证号码,联系电话,现住址,预产期,所属社区'];
  for (let i = 0; i < rows; i++) {
    const birth = `19${80 + Math.floor(i / 500 / 365)}`.slice(0, 4);
    const day = new Date(Date.UTC(Number(birth), 0, 1 + (Math.floor(i / 500) % 365)));
    const born = day.toISOString().slice(0, 10).replaceAll('-', '');
    lines.push(
      `${i + 1},孕妇${i + 1},${womanId(born, i % 500)},139${String(i).padStart(8, '0')},湖东社区${i % 40}栋,2027-0${1 + (i % 9)}-15,湖东社区`,
    );
  }
  fs.writeFileSync(file, `\ufeff${lines.join('\r\n')}\r\n`);
}

/** Opens the folder as the app does at start (quick_check, WAL recovery), then checks the file in full. */
function reopen(dir: string): AppCore {
  const core = openTestApp({ dataDir: dir });
  expect(integrity(path.join(dir, 'ledger.sqlite'))).toBe('ok');
  expect(core.ctx.db.pragma('integrity_check', { simple: true })).toBe('ok');
  return core;
}

const count = (core: AppCore, table: string) =>
  core.ctx.db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get() as number;

describe('killed during a 100,000-row import commit', { timeout: 300_000 }, () => {
  // Made once for both tests (tempDir's folders go after each test).
  const csvDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-crash-csv-'));
  const csv = path.join(csvDir, '孕产妇台账-10万行.csv');
  beforeAll(() => writeCsv(csv, ROWS));
  afterAll(() => fs.rmSync(csvDir, { recursive: true, force: true }));

  it('half-way through its transaction: none of the rows, the data as it was, and the import backup', async () => {
    const dir = tempDir();
    const before = openTestApp({ dataDir: dir });
    addCommunity(before, '柳影社区');
    before.close();

    const line = await killAt([dir, 'import', csv], (l) => l.startsWith('writing '));
    expect(Number(line.split(' ')[1])).toBeGreaterThanOrEqual(ROWS / 2);

    const core = reopen(dir);
    expect(count(core, 'entries')).toBe(0);
    expect(count(core, 'import_batches')).toBe(0);
    expect(communityNames(core)).toEqual(['柳影社区']);
    const backups = ok<BackupInfo[]>(core, 'backups.list');
    expect(backups.map((b) => b.kind)).toEqual(['import']);
  });

  it('just after its commit: every row', async () => {
    const dir = tempDir();
    openTestApp({ dataDir: dir }).close();
    await killAt([dir, 'import-done', csv], (l) => l === 'committed');

    const core = reopen(dir);
    expect(count(core, 'entries')).toBe(ROWS);
    expect(count(core, 'import_batches')).toBe(1);
  });
});

describe('killed during rosters.generate', { timeout: 120_000 }, () => {
  const week = { from: '2022-04-11', to: '2022-04-24' };

  /** 40 posts × 3 shifts × 14 days, a roster of the first 150 of 300 people already there. */
  function setup() {
    const dir = tempDir();
    const core = openTestApp({ dataDir: dir, now: new Date('2022-04-08T09:00:00+08:00') });
    seedCommunities(core);
    const people = addPeople(core, 300);
    const posts = Array.from(
      { length: 40 },
      (_, i) => addPost(core, { name: `卡口${i + 1}`, patternId: THREE_BY_8 }).id,
    );
    ok(core, 'rosters.generate', { ...week, postIds: posts, cadreIds: people.slice(0, 150) });
    const snapshot = rosterSnapshot(core);
    core.close();
    return { dir, posts, people, snapshot };
  }

  function rosterSnapshot(core: AppCore): unknown[] {
    return core.ctx.db
      .prepare(
        `SELECT s.post_id, s.date, s.shift_name, s.leader_id, group_concat(p.cadre_id, ',') AS people
           FROM duty_shifts s LEFT JOIN duty_shift_people p ON p.shift_id = s.id
          GROUP BY s.id ORDER BY s.post_id, s.date, s.shift_name`,
      )
      .all();
  }

  it('half-way through its transaction: the roster as it was', async () => {
    const { dir, posts, people, snapshot } = setup();
    expect(snapshot).toHaveLength(40 * 3 * 14);
    const input = JSON.stringify({ ...week, postIds: posts, cadreIds: people.slice(150) });
    await killAt([dir, 'roster', input, '800'], (l) => l === 'writing 800');

    const core = reopen(dir);
    expect(rosterSnapshot(core)).toEqual(snapshot);
  });

  it('just after it: the whole new roster, made of the other people', async () => {
    const { dir, posts, people, snapshot } = setup();
    const input = JSON.stringify({ ...week, postIds: posts, cadreIds: people.slice(150) });
    await killAt([dir, 'roster', input, '999999'], (l) => l === 'generated');

    const core = reopen(dir);
    const after = rosterSnapshot(core) as { people: string | null }[];
    expect(after).toHaveLength(snapshot.length);
    const assigned = after.flatMap((c) => c.people?.split(',') ?? []);
    expect(assigned.length).toBeGreaterThan(1000);
    const second = new Set(people.slice(150).map(String));
    expect(assigned.every((id) => second.has(id))).toBe(true);
  });
});

describe('killed during a restore', { timeout: 120_000 }, () => {
  /** Data A in a backup, then data B as the current data, made big enough that copies take a while. */
  async function setup() {
    const dir = tempDir();
    const core = openTestApp({ dataDir: dir });
    addCommunity(core, '湖东社区');
    const filler = core.ctx.db.prepare('INSERT INTO settings (key, value) VALUES (?, \'"' + 'x'.repeat(2000) + '"\')');
    core.ctx.db.transaction(() => {
      for (let i = 0; i < 20_000; i++) filler.run(`filler${i}`);
    })();
    const backup = await okAsync<BackupInfo>(core, 'backups.create');
    addCommunity(core, '柳影社区');
    core.close();
    return { dir, backup };
  }

  function afterKill(dir: string): string[] {
    const core = reopen(dir);
    expect(fs.readdirSync(dir).filter((n) => n.includes('.restoring-'))).toEqual([]);
    expect(fs.readdirSync(path.join(dir, 'backups')).filter((n) => n.startsWith('.partial-'))).toEqual([]);
    return communityNames(core);
  }

  const A = ['湖东社区'];
  const B = ['柳影社区', '湖东社区'];

  for (const [step, expected] of [
    ['staged', B],
    ['safety', B],
    ['closed', B],
    ['replaced', A],
    ['reopened', A],
  ] as const) {
    it(`at "${step}": ${expected === A ? 'the restored data' : 'the data as it was'}, whole`, async () => {
      const { dir, backup } = await setup();
      await killAt([dir, 'restore', backup.id, step], (l) => l === `step ${step}`);
      expect(afterKill(dir)).toEqual(expected);
    });
  }

  it('wherever the signal lands: one or the other, whole', async () => {
    const { dir, backup } = await setup();
    await killAt([dir, 'restore', backup.id, 'none'], (l) => l === 'restoring' || l === 'restored');
    expect([A, B]).toContainEqual(await afterKill(dir));
  });
});
