/**
 * Every method of the contract, called with generated malformed input: each call is refused
 * with a clear Chinese message, within a bound, and the database is left exactly as it was.
 */
import { describe as group, expect, it } from 'vitest';
import type { z } from 'zod';
import type { AppCore } from '../../../electron/core/app';
import { contract, type Method } from '../../../shared/contract';
import { ok, openTestApp } from '../helpers';
import { womanId } from '../ids';
import { describe, digest, messageProblem, within } from './check';
import { HOSTILE_NUMBERS, HOSTILE_TEXT, Rng, SEED } from './prng';

/** Malformed inputs per method. */
const PER_METHOD = 12;
const BOUND_MS = 5000;

type Def = { type: string; [key: string]: unknown };
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

/** A plausible value of the schema's shape: the starting point that mutations break. */
function sample(schema: z.ZodType, depth = 0): unknown {
  const def = defOf(schema);
  switch (def.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [key, field] of Object.entries(def.shape as Record<string, z.ZodType>)) {
        const inner = defOf(field).type;
        if (inner === 'optional' && depth > 0) continue;
        out[key] = sample(field, depth + 1);
      }
      return out;
    }
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
      return sample(def.innerType as z.ZodType, depth);
    case 'pipe':
      return sample(def.in as z.ZodType, depth);
    case 'union':
      return sample((def.options as z.ZodType[])[0]!, depth);
    case 'string':
      return '湖东社区';
    case 'number':
      return 1;
    case 'boolean':
      return true;
    case 'enum':
      return Object.values(def.entries as Record<string, unknown>)[0];
    case 'literal':
      return (def.values as unknown[])[0];
    case 'array':
      return [sample(def.element as z.ZodType, depth + 1)];
    case 'record':
      return {};
    default:
      return null;
  }
}

function deep(depth: number, array: boolean): unknown {
  let v: unknown = '底';
  for (let i = 0; i < depth; i++) v = array ? [v] : { a: v };
  return v;
}

/** A value of the wrong kind, or of the right kind at its worst. */
function hostileValue(rng: Rng): unknown {
  switch (rng.int(0, 11)) {
    case 0:
      return rng.pick(HOSTILE_NUMBERS);
    case 1:
      return rng.pick(HOSTILE_TEXT);
    case 2:
      return '长'.repeat(rng.pick([2001, 100_000, 1_000_000]));
    case 3:
      return deep(rng.pick([50, 2000]), rng.chance(0.5));
    case 4:
      return JSON.parse('{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}');
    case 5:
      return Array.from({ length: rng.pick([501, 10_000]) }, (_, i) => i);
    case 6:
      return rng.pick<unknown>([true, false, null, [], {}, [null], [[]], { toString: '1' }]);
    case 7:
      return rng.pick([new Date(0), new Map([['a', 1]]), new Set([1]), new Uint8Array(4)]);
    case 8:
      return String(rng.pick(HOSTILE_NUMBERS));
    case 9:
      return rng.pick(['0000-00-00', '2022-02-30', '2022-13-01', '9999-99-99 99:99', '25:61', '-1', '1e9']);
    case 10:
      return { ...Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`k${i}`, i])) };
    default:
      return rng.pick([-1, 0, 2 ** 31, 1.5, NaN]);
  }
}

const hostileKeys = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  "x'; DROP TABLE audit_log;--",
  'k'.repeat(5000),
  '',
  '身份证号',
];

/** One mutation of a sample: wrong top level, a field replaced, removed or added. */
function mutate(rng: Rng, base: unknown): unknown {
  const copy = structuredClone(base) as Record<string, unknown>;
  const keys = copy && typeof copy === 'object' ? Object.keys(copy) : [];
  switch (rng.int(0, 5)) {
    case 0:
      return rng.pick<unknown>([
        0,
        -1,
        NaN,
        'text',
        true,
        [],
        [base],
        '长'.repeat(100_000),
        deep(3000, true),
        Infinity,
      ]);
    case 1: {
      const key = rng.pick(hostileKeys);
      // JSON.parse makes "__proto__" an own key, as a request body would.
      const extra = JSON.parse(JSON.stringify({ k: hostileValue(rng) ?? null }).replace('"k"', JSON.stringify(key)));
      return Object.assign(copy, extra);
    }
    case 2:
      if (keys.length) delete copy[rng.pick(keys)];
      else copy[rng.pick(hostileKeys)] = 1;
      return copy;
    default: {
      if (!keys.length) return rng.chance(0.5) ? hostileValue(rng) : { [rng.pick(hostileKeys)]: hostileValue(rng) };
      const count = rng.int(1, Math.min(3, keys.length));
      for (let i = 0; i < count; i++) {
        const key = rng.pick(keys);
        const value = (base as Record<string, unknown>)[key]; // the original, never an earlier mutation
        if (value && typeof value === 'object' && rng.chance(0.4)) copy[key] = mutate(rng, value);
        else copy[key] = hostileValue(rng);
      }
      return copy;
    }
  }
}

/** Malformed inputs for one method: each one is checked to fail the method's own schema. */
function malformedInputs(rng: Rng, method: Method): unknown[] {
  const schema = contract[method].input as z.ZodType;
  const base = sample(schema);
  const inputs: unknown[] = [];
  for (let attempt = 0; inputs.length < PER_METHOD && attempt < PER_METHOD * 20; attempt++) {
    const input = mutate(rng, base);
    // What dispatch would parse (it reads a missing input as {}); valid input is not what this test is about.
    if (!schema.safeParse(input ?? {}).success) inputs.push(input);
  }
  return inputs;
}

function seed(core: AppCore): void {
  const community = ok<{ id: number }>(core, 'communities.add', { name: '湖东社区' });
  ok(core, 'grids.add', { communityId: community.id, name: '第一网格' });
  const entry = ok<{ id: number }>(core, 'entries.add', {
    kind: 'pregnant',
    name: '王芳',
    idNumber: womanId('19900307'),
    community: '湖东社区',
  });
  ok(core, 'services.add', { entryId: entry.id, at: '2026-11-20 09:00', type: '走访' });
  ok(core, 'cadres.add', { name: '史晓东', phone: '13900000001', unit: '区委组织部', community: '湖东社区' });
}

async function expectRefused(core: AppCore, method: string, input: unknown, where: string): Promise<void> {
  const before = digest(core.ctx.db);
  const started = Date.now();
  const outcome = await within(BOUND_MS, () => core.invoke(method, input));
  const context = `${where} ${method}(${describe(input)})`;
  expect(outcome, `${context}: no answer within ${BOUND_MS} ms`).not.toBe('timeout');
  if (outcome === 'timeout') return;
  expect('error' in outcome ? String(outcome.error) : null, `${context}: threw`).toBeNull();
  if (!('value' in outcome)) return;
  const result = outcome.value as { ok: boolean; code?: string; message?: string };
  expect(result.ok, `${context}: accepted`).toBe(false);
  expect(result.code, `${context}: ${result.message}`).not.toBe('INTERNAL');
  expect(messageProblem(result.message), `${context}: ${result.message}`).toBeNull();
  expect(Date.now() - started, context).toBeLessThan(BOUND_MS);
  expect(digest(core.ctx.db), `${context}: changed the database`).toBe(before);
}

group(`the API under malformed input (seed ${SEED})`, () => {
  const methods = Object.keys(contract) as Method[];

  it(`refuses ${PER_METHOD} malformed inputs for each of the ${methods.length} methods`, async () => {
    const core = openTestApp();
    seed(core);
    let calls = 0;
    for (const method of methods) {
      const rng = new Rng(SEED).fork(method);
      const inputs = malformedInputs(rng, method);
      expect(inputs.length, `${method}: too few malformed inputs generated`).toBeGreaterThanOrEqual(PER_METHOD / 2);
      for (const [i, input] of inputs.entries()) {
        await expectRefused(core, method, input, `[seed ${SEED}, case ${i}]`);
        calls++;
      }
    }
    expect(calls).toBeGreaterThanOrEqual(methods.length * (PER_METHOD / 2));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('refuses unknown and hostile method names', async () => {
    const core = openTestApp();
    const names: unknown[] = [
      '__proto__',
      'constructor',
      'toString',
      'hasOwnProperty',
      '',
      'entries.list ',
      'ENTRIES.LIST',
      'a'.repeat(100_000),
      42,
      null,
      undefined,
      { method: 'app.info' },
      ['app.info'],
    ];
    for (const name of names) {
      const result = await core.invoke(name, {});
      expect(result.ok, describe(name)).toBe(false);
      if (!result.ok) {
        expect(result.code).toBe('UNKNOWN_METHOD');
        expect(result.message.length).toBeLessThan(200);
      }
    }
  });

  it('treats SQL and HTML in search text as text: lists answer, nothing is written', async () => {
    const core = openTestApp();
    seed(core);
    const before = digest(core.ctx.db);
    for (const text of HOSTILE_TEXT) {
      const calls: [string, unknown][] = [
        ['entries.list', { kind: 'pregnant', q: text.slice(0, 100), status: '全部' }],
        ['entries.list', { kind: 'pregnant', community: text, grid: text, filters: { riskLevel: text } }],
        ['entries.list', { kind: 'pregnant', sort: { field: text, order: 'descend' } }],
        ['cadres.list', { q: text, community: text, unit: text }],
        ['signins.find', { q: text.slice(0, 40), day: '2026-11-23' }],
        ['audit.list', { q: text, operator: text, entity: text }],
        ['orgs.groups', { community: text }],
      ];
      for (const [method, input] of calls) {
        const result = await core.invoke(method, input);
        const context = `${method}(${describe(input)})`;
        if (result.ok) continue;
        expect(result.code, `${context}: ${result.message}`).not.toBe('INTERNAL');
        // The message may quote the text back; what is checked is the rest of it.
        expect(messageProblem(result.message.replaceAll(text, '…')), `${context}: ${result.message}`).toBeNull();
      }
    }
    expect(digest(core.ctx.db)).toBe(before);
    expect(core.ctx.db.prepare('SELECT COUNT(*) FROM entries').pluck().get()).toBe(1);
  });
});
