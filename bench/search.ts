/**
 * Ledger search at 100,000 entries: entries.list through the real dispatcher (contract parsing,
 * SQL, row mapping), against a baseline of the bare SQLite scan of the same rows in the same run.
 * Target: p95 ≤ 50 ms.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Result } from '../shared/errors';
import { openApp } from '../electron/core/app';
import { people } from './people';
import { ms, percentile, time } from './stats';

const COUNT = Number(process.env.BENCH_ENTRIES ?? 100_000);
const RUNS = 40;

export function benchSearch(): void {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-bench-'));
  const core = openApp({ dataDir, mode: 'cli', version: 'bench', lock: false });
  try {
    const communities = ['湖东社区', '柳影社区', '新月路社区', '南湖社区', '西湖社区'];
    for (const name of communities) core.invoke('communities.add', { name });

    const seedStart = performance.now();
    const kinds = ['pregnant', 'dialysis'] as const;
    core.ctx.db.transaction(() => {
      let i = 0;
      for (const p of people(COUNT)) {
        const kind = kinds[i % 2]!;
        const result = core.invoke('entries.add', {
          kind,
          name: p.name,
          idNumber: p.idNumber,
          phones: p.phone,
          community: communities[i % communities.length]!,
          fields:
            kind === 'pregnant'
              ? { riskLevel: '绿黄橙红紫'[i % 5], dueDate: '2027-01-15' }
              : { dialysisType: '血透', dialysisDays: i % 3 ? [1, 3, 5] : [2, 4, 6] },
        }) as Result<unknown>;
        if (!result.ok) throw new Error(`seed failed: ${result.message}`);
        i++;
      }
    })();
    console.log(
      `search: seeded ${COUNT} entries through entries.add in ${((performance.now() - seedStart) / 1000) | 0} s`,
    );

    const sample = [...people(COUNT)][Math.floor(COUNT / 3)]!;
    const queries = [
      'wf',
      '王芳',
      '芳',
      'zhangwei',
      sample.idNumber.slice(6, 14),
      sample.phone.slice(3, 8),
      '不存在的人',
    ];
    const kind = 'pregnant';
    const samples: number[] = [];
    const baseline: number[] = [];
    const bare = core.ctx.db.prepare(
      "SELECT id FROM entries WHERE kind = ? AND status = '在册' AND search LIKE ? LIMIT 100",
    );
    for (const q of queries) {
      samples.push(...time(() => core.invoke('entries.list', { kind, q, limit: 100 }), RUNS));
      baseline.push(...time(() => bare.all(kind, `%${q.toLowerCase()}%`), RUNS));
    }
    const filtered = time(
      () =>
        core.invoke('entries.list', {
          kind: 'dialysis',
          q: 'l',
          filters: { dialysisDays: 3 },
          sort: { field: 'name', order: 'ascend' },
          limit: 100,
        }),
      RUNS,
    );
    const p95 = percentile(samples, 95);
    const base95 = percentile(baseline, 95);
    console.log(
      `search: entries.list p50 ${ms(percentile(samples, 50))}, p95 ${ms(p95)} (target ≤ 50 ms: ${p95 <= 50 ? 'met' : 'NOT met'})`,
    );
    console.log(`search: baseline bare SQLite LIKE scan p95 ${ms(base95)}; ratio ${(p95 / base95).toFixed(2)}`);
    console.log(`search: with a weekday filter and pinyin sort p95 ${ms(percentile(filtered, 95))}`);
  } finally {
    core.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
