/**
 * Browser mode's HTTP layer under generated hostile requests: malformed and huge bodies, wrong
 * content types, missing or wrong tokens, foreign Host and Origin, broken paths. Each gets a
 * 4xx (or the API's own refusal) with a Chinese message; the server stays up and the database
 * is unchanged.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, describe as group, expect, it } from 'vitest';
import { startBrowserServer, type BrowserServer } from '../../../electron/browser/server';
import { ok, openTestApp, tempDir } from '../helpers';
import { digest, messageProblem } from './check';
import { HOSTILE_TEXT, Rng, SEED } from './prng';

const token = 'fuzz-token-0123456789abcdef';
const REQUESTS = 150;
let server: BrowserServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

interface Request {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
}

function send(port: number, request: Request) {
  return new Promise<{ status: number; type: string; body: string }>((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, method: request.method, path: request.path, headers: request.headers, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            type: String(res.headers['content-type'] ?? ''),
            body: Buffer.concat(chunks).toString(),
          }),
        );
      },
    );
    req.setTimeout(10_000, () => req.destroy(new Error('no answer within 10 s')));
    req.on('error', reject);
    req.end(request.body);
  });
}

function malformedJson(rng: Rng): Buffer {
  const valid = JSON.stringify({ name: rng.pick(HOSTILE_TEXT), nested: { a: [1, 2, 3] } });
  switch (rng.int(0, 7)) {
    case 0:
      return Buffer.from(valid.slice(0, rng.int(1, valid.length - 1)));
    case 1:
      return rng.bytes(rng.int(1, 2000));
    case 2:
      return Buffer.from('['.repeat(rng.pick([1000, 100_000])));
    case 3:
      return Buffer.from(`{"a":${'9'.repeat(100_000)}}`.slice(0, rng.chance(0.5) ? undefined : -1));
    case 4:
      return Buffer.concat([Buffer.from([0xc3, 0x28, 0xff]), Buffer.from(valid)]);
    case 5:
      return Buffer.from(
        rng.pick(["{'name':'x'}", '{name:1}', 'NaN', 'undefined', '{"a":1,}', '\u0000', '{"__proto__":']),
      );
    case 6:
      return Buffer.from(`name=${encodeURIComponent(rng.pick(HOSTILE_TEXT))}&x=1`);
    default:
      return Buffer.from(`<xml>${rng.pick(HOSTILE_TEXT)}</xml>`);
  }
}

/** A request that is wrong in one way (or several). */
function hostileRequest(rng: Rng, port: number): { request: Request; expect: number[] } {
  const own = `127.0.0.1:${port}`;
  const json = { 'content-type': 'application/json', 'x-ledger-token': token, host: own };
  const method = rng.pick(['communities.add', 'entries.list', 'entries.remove', 'imports.undo', 'kinds.add']);
  switch (rng.int(0, 9)) {
    case 0:
      return {
        request: { method: 'POST', path: `/api/${method}`, headers: json, body: malformedJson(rng) },
        expect: [400],
      };
    case 1: {
      const headers: Record<string, string> = { ...json };
      if (rng.chance(0.5)) delete headers['x-ledger-token'];
      else
        headers['x-ledger-token'] = rng.pick([
          '',
          token.slice(0, -1),
          `${token}x`,
          token.toUpperCase(),
          'null',
          ' '.repeat(26),
        ]);
      return {
        request: { method: 'POST', path: `/api/${method}`, headers, body: Buffer.from('{"name":"湖西社区"}') },
        expect: [401],
      };
    }
    case 2: {
      const host = rng.pick([
        'evil.example',
        `evil.example:${port}`,
        `127.0.0.1:${port + 1}`,
        `127.0.0.1.evil.example:${port}`,
        'localhost',
        '[::1]:' + port,
      ]);
      return {
        request: { method: 'POST', path: `/api/${method}`, headers: { ...json, host }, body: Buffer.from('{}') },
        expect: [403],
      };
    }
    case 3: {
      const origin = rng.pick([
        'http://evil.example',
        'null',
        `https://${own}`,
        `http://${own}.evil.example`,
        `http://127.0.0.1:${port + 1}`,
        'file://',
      ]);
      return {
        request: {
          method: 'POST',
          path: `/api/${method}`,
          headers: { ...json, origin },
          body: Buffer.from('{"name":"湖西社区"}'),
        },
        expect: [403],
      };
    }
    case 4: {
      const type = rng.pick([
        'text/plain',
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=x',
        'application/jsonp',
        'text/html',
        'application/xml',
      ]);
      return {
        request: {
          method: 'POST',
          path: `/api/${method}`,
          headers: { ...json, 'content-type': type },
          body: Buffer.from('{"name":"湖西社区"}'),
        },
        expect: [415],
      };
    }
    case 5:
      return {
        request: {
          method: rng.pick(['GET', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']),
          path: `/api/${method}`,
          headers: json,
          body: Buffer.from('{"name":"湖西社区"}'),
        },
        expect: [405],
      };
    case 6: {
      const bad = rng.pick(['%', '%E0%A4%A', '%ZZ', '%00', '..%2f..%2fetc%2fpasswd', '%C0%AE%C0%AE/']);
      return {
        request: { method: 'POST', path: `/api/${bad}`, headers: json, body: Buffer.from('{}') },
        expect: [400, 200],
      };
    }
    case 7: {
      const bad = rng.pick([
        '/%',
        '/%E0%A4%A',
        '/..%2f..%2fetc%2fpasswd',
        '/%00',
        '/index.html%00.js',
        '//evil.example/x',
        '/\\..\\..\\etc\\passwd',
      ]);
      return { request: { method: 'GET', path: bad, headers: { host: own } }, expect: [404] };
    }
    case 8:
      return {
        request: {
          method: 'POST',
          path: `/api/${method}`,
          headers: json,
          body: Buffer.from(
            JSON.stringify(rng.pick<unknown>([null, 1, 'x', [], { name: 'x'.repeat(100_000) }, { __proto__: 1 }])),
          ),
        },
        expect: [200],
      };
    default: {
      const body = rng.pick([rng.bytes(100), Buffer.alloc(0)]);
      return {
        request: {
          method: 'GET',
          path: `/files/download/${rng.pick(['x', '0'.repeat(24), '../../ledger.sqlite', '%2e%2e'])}?token=${rng.pick([token, ''])}`,
          headers: { host: own },
          body,
        },
        expect: [401, 404],
      };
    }
  }
}

function expectChinese(response: { type: string; body: string }, context: string): void {
  if (!response.type.startsWith('application/json')) {
    expect(messageProblem(response.body), `${context}: ${response.body.slice(0, 200)}`).toBeNull();
    return;
  }
  const parsed = JSON.parse(response.body) as { ok: boolean; code?: string; message?: string };
  expect(parsed.ok, context).toBe(false);
  expect(parsed.code, `${context}: ${parsed.message}`).not.toBe('INTERNAL');
  expect(messageProblem(parsed.message), `${context}: ${parsed.message}`).toBeNull();
}

group(`browser mode's HTTP layer under hostile requests (seed ${SEED})`, () => {
  it(`answers ${REQUESTS} generated hostile requests with a refusal, and keeps serving`, async () => {
    const rendererDir = tempDir();
    fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>街道台账</title>');
    const core = openTestApp();
    ok(core, 'communities.add', { name: '湖东社区' });
    server = await startBrowserServer({ core, rendererDir, token, port: 0 });
    const before = digest(core.ctx.db);
    const rng = new Rng(SEED).fork('http');
    for (let i = 0; i < REQUESTS; i++) {
      const { request, expect: statuses } = hostileRequest(rng, server.port);
      const context = `[seed ${SEED}, request ${i}] ${request.method} ${request.path.slice(0, 60)} ${JSON.stringify(request.headers).slice(0, 160)}`;
      const response = await send(server.port, request).catch((error: unknown) => {
        throw new Error(`${context}: ${String(error)}`);
      });
      expect(statuses, `${context}: status ${response.status} ${response.body.slice(0, 200)}`).toContain(
        response.status,
      );
      expectChinese(response, context);
    }
    expect(digest(core.ctx.db)).toBe(before);

    // Still up, and still answers a proper call.
    const good = await send(server.port, {
      method: 'POST',
      path: '/api/communities.list',
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'x-ledger-token': token,
        host: `127.0.0.1:${server.port}`,
      },
      body: Buffer.from('{}'),
    });
    expect(good.status).toBe(200);
    expect(JSON.parse(good.body)).toMatchObject({ ok: true, value: [{ name: '湖东社区' }] });
  }, 60_000);

  it('refuses a body over the limit with 413', async () => {
    const rendererDir = tempDir();
    const core = openTestApp();
    server = await startBrowserServer({ core, rendererDir, token, port: 0 });
    const response = await send(server.port, {
      method: 'POST',
      path: '/api/communities.add',
      headers: { 'content-type': 'application/json', 'x-ledger-token': token, host: `127.0.0.1:${server.port}` },
      body: Buffer.alloc(21 * 1024 * 1024, 0x20),
    });
    expect(response.status).toBe(413);
    expectChinese(response, 'a 21 MB body');
  });
});
