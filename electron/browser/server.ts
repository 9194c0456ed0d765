import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AppCore } from '../core/app';
import { CSP } from '../security';

export interface BrowserServerOptions {
  core: AppCore;
  rendererDir: string;
  token: string;
  port: number;
}

export interface BrowserServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

const API_BODY_LIMIT = 20 * 1024 * 1024;
const UPLOAD_LIMIT = 500 * 1024 * 1024;

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
};

/**
 * The handlers over HTTP, on 127.0.0.1 only. Every API call carries the per-launch token; a
 * request whose Host or Origin is not this server's own is refused, so no web page can call it.
 */
export function startBrowserServer(options: BrowserServerOptions): Promise<BrowserServer> {
  const server = http.createServer((req, res) => {
    handle(req, res, options, server).catch((error) => {
      console.error(error);
      if (!res.headersSent) sendJson(res, 500, failure('INTERNAL', '服务出错，请重试。'));
      else res.end();
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      resolve({
        port,
        url: `http://127.0.0.1:${port}/?token=${options.token}`,
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections(); // an open page keeps connections alive
          }),
      });
    });
  });
}

async function handle(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  options: BrowserServerOptions,
  server: http.Server,
): Promise<void> {
  const port = (server.address() as { port: number }).port;
  const own = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (!own.includes(req.headers.host ?? ''))
    return sendJson(res, 403, failure('UNAUTHORIZED', '拒绝访问：地址不是本机的街道台账。'));
  const origin = req.headers.origin;
  if (origin !== undefined && !own.some((h) => origin === `http://${h}`)) {
    return sendJson(res, 403, failure('UNAUTHORIZED', '拒绝访问：请求来自其他网页。'));
  }
  const url = new URL(req.url ?? '/', `http://${req.headers.host}`);

  if (url.pathname.startsWith('/api/')) {
    if (req.method !== 'POST') return sendJson(res, 405, failure('BAD_INPUT', '请用 POST 调用接口。'));
    if (!tokenMatches(req.headers['x-ledger-token'], options.token)) return unauthorized(res);
    // Form posts and text/plain are what another page can send without asking: only JSON is taken.
    const type = req.headers['content-type'];
    if (type !== undefined && !/^application\/json\s*(;|$)/i.test(type))
      return sendJson(res, 415, failure('BAD_INPUT', '请求内容应为 JSON。'));
    const body = await readBody(req, API_BODY_LIMIT);
    if (body === null) return sendJson(res, 413, failure('BAD_INPUT', '请求内容太大。'));
    let input: unknown;
    try {
      input = body.length ? JSON.parse(body.toString('utf8')) : {};
    } catch {
      return sendJson(res, 400, failure('BAD_INPUT', '请求内容不是有效的 JSON。'));
    }
    const method = decoded(url.pathname.slice('/api/'.length));
    if (method === null) return sendJson(res, 400, failure('BAD_INPUT', '接口地址有误。'));
    return sendJson(res, 200, await options.core.invoke(method, input));
  }

  if (url.pathname === '/files/upload') {
    if (req.method !== 'POST') return sendJson(res, 405, failure('BAD_INPUT', '请用 POST 上传文件。'));
    if (!tokenMatches(req.headers['x-ledger-token'], options.token)) return unauthorized(res);
    const body = await readBody(req, UPLOAD_LIMIT);
    if (body === null) return sendJson(res, 413, failure('BAD_INPUT', '文件太大（超过 500 MB），请拆分后再导入。'));
    const staged = options.core.ctx.files.stage(url.searchParams.get('name') ?? 'file', { bytes: body });
    return sendJson(res, 200, { ok: true, value: staged });
  }

  if (url.pathname.startsWith('/files/download/')) {
    if (!tokenMatches(url.searchParams.get('token') ?? undefined, options.token)) return unauthorized(res);
    let file: { name: string; filePath: string };
    try {
      file = options.core.ctx.files.resolve(url.pathname.slice('/files/download/'.length));
    } catch {
      return sendJson(res, 404, failure('NOT_FOUND', '文件已过期，请重新导出。'));
    }
    const name = url.searchParams.get('name') || file.name;
    res.writeHead(200, {
      'Content-Type': 'application/octet-stream',
      'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(name)}`,
      'Cache-Control': 'no-store',
    });
    fs.createReadStream(file.filePath).pipe(res);
    return;
  }

  if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, failure('BAD_INPUT', '不支持的请求。'));
  serveStatic(res, options.rendererDir, url.pathname);
}

function serveStatic(res: http.ServerResponse, root: string, pathname: string): void {
  const relative = pathname === '/' ? 'index.html' : (decoded(pathname) ?? '').replace(/^\/+/, '');
  const file = path.resolve(root, relative);
  if (
    !relative ||
    relative.includes('\0') ||
    !file.startsWith(path.resolve(root) + path.sep) ||
    !fs.existsSync(file) ||
    !fs.statSync(file).isFile()
  ) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('找不到这个页面');
    return;
  }
  res.writeHead(200, {
    'Content-Type': contentTypes[path.extname(file)] ?? 'application/octet-stream',
    'Content-Security-Policy': CSP,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': relative === 'index.html' ? 'no-store' : 'max-age=3600',
  });
  fs.createReadStream(file).pipe(res);
}

/** The decoded text of a URL part; null when its %-escapes are broken. */
function decoded(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

function tokenMatches(given: string | string[] | undefined, token: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

function unauthorized(res: http.ServerResponse): void {
  sendJson(res, 401, failure('UNAUTHORIZED', '访问令牌缺失或不正确。请用启动时显示的完整地址打开街道台账。'));
}

function failure(code: string, message: string) {
  return { ok: false, code, message };
}

function sendJson(res: http.ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(value));
}

function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooBig = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooBig = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(tooBig ? null : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
