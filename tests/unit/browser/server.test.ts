import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startBrowserServer, type BrowserServer } from '../../../electron/browser/server';
import { CSP } from '../../../electron/security';
import { openTestApp, tempDir } from '../helpers';

const token = 'test-token-0123456789';
let server: BrowserServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

async function start() {
  const rendererDir = tempDir();
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>街道台账</title>');
  const core = openTestApp();
  server = await startBrowserServer({ core, rendererDir, token, port: 0 });
  return { server, core };
}

/** A raw request, so Host and Origin can be set as a hostile page or a rebinding attack would. */
function request(
  port: number,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer },
) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: options.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString() }),
        );
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('browser mode server', () => {
  it('listens on 127.0.0.1 and prints a URL carrying the token', async () => {
    const { server } = await start();
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${token}`);
  });

  it('answers 401 to an API call without the right token, and runs it with the token', async () => {
    const { server } = await start();
    const call = (headers: Record<string, string>) =>
      request(server.port, {
        method: 'POST',
        path: '/api/communities.add',
        headers: { 'content-type': 'application/json', ...headers },
        body: '{"name":"湖东社区"}',
      });
    expect((await call({})).status).toBe(401);
    expect((await call({ 'x-ledger-token': 'wrong' })).status).toBe(401);
    const good = await call({ 'x-ledger-token': token });
    expect(good.status).toBe(200);
    expect(JSON.parse(good.body)).toMatchObject({ ok: true, value: { name: '湖东社区' } });
  });

  it('refuses a foreign Host (DNS rebinding) or Origin (another web page) with 403', async () => {
    const { server } = await start();
    const headers = { 'x-ledger-token': token };
    expect(
      (
        await request(server.port, {
          method: 'POST',
          path: '/api/communities.list',
          headers: { ...headers, host: `evil.example:${server.port}` },
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await request(server.port, {
          method: 'POST',
          path: '/api/communities.list',
          headers: { ...headers, origin: 'http://evil.example' },
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await request(server.port, {
          method: 'POST',
          path: '/api/communities.list',
          headers: { ...headers, origin: `http://127.0.0.1:${server.port}` },
        })
      ).status,
    ).toBe(200);
  });

  it('answers malformed JSON with a Chinese message and changes nothing', async () => {
    const { server, core } = await start();
    const res = await request(server.port, {
      method: 'POST',
      path: '/api/communities.add',
      headers: { 'x-ledger-token': token },
      body: '{"name":',
    });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)).toEqual({ ok: false, code: 'BAD_INPUT', message: '请求内容不是有效的 JSON。' });
    expect(core.ctx.db.prepare('SELECT COUNT(*) FROM communities').pluck().get()).toBe(0);
  });

  it('serves the renderer with the CSP, and nothing outside its folder', async () => {
    const { server } = await start();
    const index = await request(server.port, { path: '/' });
    expect(index.status).toBe(200);
    expect(index.headers['content-security-policy']).toBe(CSP);
    expect((await request(server.port, { path: '/../../etc/passwd' })).status).toBe(404);
    expect((await request(server.port, { path: '/%2e%2e/%2e%2e/etc/passwd' })).status).toBe(404);
  });

  it('stages an upload and hands an output file back only with the token', async () => {
    const { server, core } = await start();
    const up = await request(server.port, {
      method: 'POST',
      path: `/files/upload?name=${encodeURIComponent('台账.xlsx')}`,
      headers: { 'x-ledger-token': token },
      body: Buffer.from('PK\u0003\u0004 content'),
    });
    const staged = JSON.parse(up.body).value;
    expect(staged).toMatchObject({ name: '台账.xlsx', size: 12 });
    expect(fs.readFileSync(core.ctx.files.resolve(staged.fileId).filePath, 'utf8')).toBe('PK\u0003\u0004 content');

    expect((await request(server.port, { path: `/files/download/${staged.fileId}` })).status).toBe(401);
    const down = await request(server.port, { path: `/files/download/${staged.fileId}?token=${token}` });
    expect(down.status).toBe(200);
    expect(down.headers['content-disposition']).toContain(encodeURIComponent('台账.xlsx'));
    expect(down.body).toBe('PK\u0003\u0004 content');
  });
});
