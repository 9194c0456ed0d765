/**
 * rosters.generate end to end: the dispatcher, reading posts, people, availability and a week of
 * earlier roster from a real SQLite file, the generator, and writing the period in one transaction.
 * Same 300 people × 40 posts × 3 shifts × 14 days as the pure generator's case.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openApp } from '../electron/core/app';
import type { Result } from '../shared/errors';
import { addDays } from '../shared/domain/dates';
import type { RosterInput } from '../electron/core/rosters/generator';
import { ms, percentile, time } from './stats';

function must(result: unknown): unknown {
  const r = result as Result<unknown>;
  if (!r.ok) throw new Error(`roster bench: ${r.code} ${r.message}`);
  return r.value;
}

/** Seeds the file with the posts and people of `input` (pattern 1 is the seeded 三班倒). */
function seed(core: ReturnType<typeof openApp>, input: RosterInput): { postIds: number[]; cadreIds: number[] } {
  const db = core.ctx.db;
  const communities = [...new Set(input.posts.map((p) => p.community))];
  for (const name of communities) must(core.invoke('communities.add', { name }));
  const communityId = new Map(
    (db.prepare('SELECT id, name FROM communities').all() as { id: number; name: string }[]).map((c) => [c.name, c.id]),
  );
  const postIds = input.posts.map(
    (p) =>
      (
        must(
          core.invoke('dutyPosts.add', {
            name: p.name,
            kind: p.kind,
            community: p.community,
            perShift: p.perShift,
            needsPartyMember: p.needsPartyMember,
            needsLeader: p.needsLeader,
            patternId: 1,
          }),
        ) as { id: number }
      ).id,
  );
  const cadreIds: number[] = [];
  db.transaction(() => {
    const cadre = db.prepare(
      `INSERT INTO cadres (name, phone, politics, community_id, created_at, updated_at)
       VALUES (?, ?, ?, ?, '2022-04-01 08:00', '2022-04-01 08:00')`,
    );
    const duty = db.prepare('INSERT INTO duty_people (cadre_id, is_leader, preferred_posts) VALUES (?, ?, ?)');
    const away = db.prepare(
      "INSERT INTO duty_unavailable (cadre_id, from_at, to_at, reason, created_at) VALUES (?, ?, ?, '轮休', 'x')",
    );
    input.people.forEach((p, i) => {
      const id = Number(
        cadre.run(
          p.name,
          `139${String(i).padStart(8, '0')}`,
          p.isPartyMember ? '中共党员' : '群众',
          communityId.get(communities[i % communities.length]!)!,
        ).lastInsertRowid,
      );
      cadreIds.push(id);
      duty.run(id, p.isLeader ? 1 : 0, JSON.stringify((p.preferredPosts ?? []).map((k) => postIds[k - 1])));
      for (const u of p.unavailable) away.run(id, u.from, u.to);
    });
  })();
  return { postIds, cadreIds };
}

/** Prints the handler's time and its ratio to the pure generator's median measured in the same run. */
export function benchRosterHandler(input: RosterInput, pureMedian: number): void {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-bench-roster-'));
  const core = openApp({ dataDir, mode: 'cli', version: 'bench', lock: false });
  try {
    const { postIds, cadreIds } = seed(core, input);
    // A week of earlier roster, so history and the rest across the period's edge are read too.
    must(
      core.invoke('rosters.generate', {
        from: addDays(input.from, -7),
        to: addDays(input.from, -1),
        postIds,
        cadreIds,
      }),
    );
    const request = { from: input.from, to: input.to, postIds, cadreIds };
    must(core.invoke('rosters.generate', request)); // warm-up
    const runs = 7;
    const samples = time(() => must(core.invoke('rosters.generate', request)), runs);
    const result = must(core.invoke('rosters.generate', request)) as { replaced: number; unfilled: unknown[] };
    const median = percentile(samples, 50);
    console.log(
      `  end to end through rosters.generate on a SQLite file (read, generate, replace ${result.replaced} cells in one ` +
        `transaction): ${ms(median)} (median of ${runs}, p90 ${ms(percentile(samples, 90))}; target < 1000 ms), ` +
        `ratio to the pure generator ${(median / pureMedian).toFixed(2)}×`,
    );
  } finally {
    core.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
