// npm test: typecheck, unit (vitest) and e2e (Playwright), then one line that sums them all:
// "N passed, N failed, N skipped". The type check counts as one test.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const tmp = path.join(root, '.tmp');
fs.mkdirSync(tmp, { recursive: true });
const env = { ...process.env, TZ: 'Asia/Shanghai', FORCE_COLOR: '0' };
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const run = (args, extraEnv = {}) =>
  spawnSync(npx, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...env, ...extraEnv },
    shell: process.platform === 'win32',
  });

const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];
function add(suite, passed, failed, skipped) {
  totals.passed += passed;
  totals.failed += failed;
  totals.skipped += skipped;
  lines.push(`${suite}: ${passed} passed, ${failed} failed, ${skipped} skipped`);
}
function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

// 1. Types
const typecheck =
  run(['tsc', '-p', 'tsconfig.node.json']).status === 0 &&
  run(['tsc', '-p', 'tsconfig.web.json']).status === 0 &&
  run(['tsc', '-p', 'tsconfig.tests.json']).status === 0;
add('typecheck', typecheck ? 1 : 0, typecheck ? 0 : 1, 0);

// 2. Unit
const vitestJson = path.join(tmp, 'vitest.json');
fs.rmSync(vitestJson, { force: true });
const unit = run(['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]);
const v = readJson(vitestJson);
if (v) add('unit', v.numPassedTests, v.numFailedTests, v.numPendingTests + v.numTodoTests);
else add('unit', 0, 1, 0); // the runner itself failed
if (!v && unit.status === 0) console.error('vitest wrote no report');

// 3. End to end
const pwJson = path.join(tmp, 'playwright.json');
fs.rmSync(pwJson, { force: true });
run(['playwright', 'test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: pwJson });
const p = readJson(pwJson);
if (p?.stats) add('e2e', p.stats.expected + p.stats.flaky, p.stats.unexpected, p.stats.skipped);
else add('e2e', 0, 1, 0);
for (const reason of skipReasons(p?.suites ?? [])) lines.push(`  skipped: ${reason}`);

function skipReasons(suites) {
  return suites.flatMap((suite) => [
    ...(suite.specs ?? []).flatMap((spec) =>
      spec.tests
        .filter((t) => t.results.some((r) => r.status === 'skipped'))
        .map((t) => `${spec.title} — ${t.annotations.find((a) => a.type === 'skip')?.description ?? ''}`),
    ),
    ...skipReasons(suite.suites ?? []),
  ]);
}

console.log('');
for (const line of lines) console.log(line);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);
