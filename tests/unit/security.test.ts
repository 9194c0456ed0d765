import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  CSP,
  guardContents,
  guardSession,
  isAppUrl,
  permissionAllowed,
  webPreferences,
  type GuardedContents,
  type GuardedSession,
} from '../../electron/security';
import { platformKeys } from '../../shared/platform';

/** What the mocked electron module recorded: the preload's exposures and the main process's IPC handlers. */
const electron = vi.hoisted(() => ({
  exposed: [] as [string, Record<string, unknown>][],
  invoked: [] as unknown[][],
  handlers: new Map<string, (event: unknown, ...args: unknown[]) => unknown>(),
  dialogs: 0,
}));

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (name: string, api: Record<string, unknown>) => electron.exposed.push([name, api]),
  },
  ipcRenderer: { invoke: (...args: unknown[]) => (electron.invoked.push(args), Promise.resolve(null)) },
  ipcMain: { handle: (channel: string, handler: never) => electron.handlers.set(channel, handler) },
  dialog: {
    showOpenDialog: () => (electron.dialogs++, Promise.resolve({ canceled: true, filePaths: [] })),
    showSaveDialog: () => (electron.dialogs++, Promise.resolve({ canceled: true })),
  },
  BrowserWindow: { fromWebContents: () => null },
}));

const root = path.resolve(import.meta.dirname, '..', '..');
const appFile = 'file:///C:/Program%20Files/ledger/resources/app.asar/out/renderer/index.html';

describe('window security policy', () => {
  it('uses the CSP of the design, the same in the page itself as in the response header', () => {
    expect(CSP).toBe("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:");
    const html = fs.readFileSync(path.join(root, 'renderer', 'index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBe(CSP);
  });

  it('isolates the page: context isolation, sandbox, no Node', () => {
    expect(webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
    });
    expect(webPreferences).not.toHaveProperty('enableRemoteModule');
    expect(webPreferences).not.toHaveProperty('webviewTag');
  });

  it('lets the window stay on the app and nowhere else', () => {
    expect(isAppUrl(`${appFile}#/settings/communities`, appFile)).toBe(true);
    expect(isAppUrl('file:///C:/Windows/System32/evil.html', appFile)).toBe(false);
    expect(isAppUrl('https://example.com/', appFile)).toBe(false);
    expect(isAppUrl('http://localhost:5173/#/x', 'http://localhost:5173/')).toBe(true);
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173/')).toBe(false);
    expect(isAppUrl('http://localhost:5173.evil.example/', 'http://localhost:5173/')).toBe(false);
    expect(isAppUrl('javascript:alert(1)', appFile)).toBe(false);
    expect(isAppUrl('data:text/html,<script>alert(1)</script>', appFile)).toBe(false);
    expect(isAppUrl(undefined, appFile)).toBe(false);
    expect(isAppUrl('not a url', appFile)).toBe(false);
  });

  it('grants no permission', () => {
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'midi'])
      expect(permissionAllowed(p)).toBe(false);
  });
});

describe('the policy wired to a window and its session', () => {
  function fakeContents() {
    type Listener = (event: { preventDefault(): void }, url: string) => void;
    const listeners = new Map<string, Listener>();
    let openHandler: ((details: { url: string }) => { action: string }) | undefined;
    const contents: GuardedContents = {
      setWindowOpenHandler: (handler) => void (openHandler = handler),
      on: (event: string, listener: Listener) => listeners.set(event, listener),
    };
    /** True when the event was prevented. */
    const fire = (name: string, url?: string) => {
      let prevented = false;
      listeners.get(name)!({ preventDefault: () => (prevented = true) }, url ?? '');
      return prevented;
    };
    return { contents, fire, open: (url: string) => openHandler!({ url }) };
  }

  it('denies every new window, navigation or redirect away from the app, and any <webview>', () => {
    const { contents, fire, open } = fakeContents();
    guardContents(contents, appFile);
    for (const url of ['https://example.com/', appFile, 'about:blank', 'javascript:alert(1)'])
      expect(open(url)).toEqual({ action: 'deny' });
    expect(fire('will-navigate', 'https://example.com/')).toBe(true);
    expect(fire('will-navigate', 'file:///C:/Windows/win.ini')).toBe(true);
    expect(fire('will-navigate', `${appFile}#/ledgers`)).toBe(false);
    expect(fire('will-redirect', 'https://example.com/')).toBe(true);
    expect(fire('will-redirect', `${appFile}#/`)).toBe(false);
    expect(fire('will-attach-webview')).toBe(true);
  });

  it('refuses permission requests and checks, and puts the CSP on every response', () => {
    let request: Parameters<GuardedSession['setPermissionRequestHandler']>[0] | undefined;
    let check: Parameters<GuardedSession['setPermissionCheckHandler']>[0] | undefined;
    let headers: Parameters<GuardedSession['webRequest']['onHeadersReceived']>[0] | undefined;
    guardSession({
      setPermissionRequestHandler: (h) => void (request = h),
      setPermissionCheckHandler: (h) => void (check = h),
      webRequest: { onHeadersReceived: (h) => void (headers = h) },
    });
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-sanitized-write']) {
      let granted: boolean | undefined;
      request!(null, permission, (g) => (granted = g));
      expect(granted, permission).toBe(false);
      expect(check!(null, permission), permission).toBe(false);
    }
    let response: Record<string, unknown> | undefined;
    headers!(
      { responseHeaders: { 'Content-Type': ['text/html'], 'Content-Security-Policy': ['default-src *'] } },
      (r) => {
        response = r.responseHeaders;
      },
    );
    expect(response).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': [CSP] });
  });
});

describe('what crosses into the page', () => {
  afterEach(() => {
    electron.exposed.length = 0;
    electron.invoked.length = 0;
  });

  it('the preload exposes window.api with the platform calls only, never ipcRenderer', async () => {
    await import('../../electron/preload');
    expect(electron.exposed.map(([name]) => name)).toEqual(['api']);
    const api = electron.exposed[0]![1];
    expect(Object.keys(api).sort()).toEqual([...platformKeys].sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
    await (api.invoke as (m: string, i: unknown) => Promise<unknown>)('entries.list', { kind: 'pregnant' });
    expect(electron.invoked).toEqual([['api', 'entries.list', { kind: 'pregnant' }]]);
  });

  it('the browser-mode platform offers the same calls and nothing more', async () => {
    vi.stubGlobal('location', { search: '?token=t', pathname: '/' });
    try {
      const { createHttpPlatform } = await import('../../renderer/src/platform/http');
      expect(Object.keys(createHttpPlatform()).sort()).toEqual([...platformKeys].sort());
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('IPC handlers check their sender', () => {
  it('answer only the app’s own page: other frames get a refusal and no dialog opens', async () => {
    const { registerIpc } = await import('../../electron/desktop/ipc');
    const calls: unknown[][] = [];
    const core = { invoke: (...args: unknown[]) => (calls.push(args), { ok: true, value: 'done' }), ctx: {} };
    registerIpc({ core: core as never, appUrl: appFile, preload: 'preload.cjs', webPreferences: {} });
    expect([...electron.handlers.keys()]).toEqual(
      expect.arrayContaining([
        'api',
        'platform:openFile',
        'platform:print',
        'platform:printToPdf',
        'platform:saveFile',
      ]),
    );
    const from = (url: string | undefined) => ({ senderFrame: url === undefined ? null : { url }, sender: {} });
    const api = electron.handlers.get('api')!;
    for (const url of ['https://example.com/', 'file:///C:/evil.html', 'about:blank', undefined]) {
      expect(await api(from(url), 'communities.list', {}), String(url)).toMatchObject({
        ok: false,
        code: 'UNAUTHORIZED',
        message: expect.stringContaining('拒绝访问'),
      });
      expect(await electron.handlers.get('platform:openFile')!(from(url), { title: 'x', filters: [] })).toBeNull();
      expect(
        await electron.handlers.get('platform:saveFile')!(from(url), { fileId: 'x', suggestedName: 'x', filters: [] }),
      ).toBeNull();
      expect(
        await electron.handlers.get('platform:printToPdf')!(from(url), { route: '/', suggestedName: 'x' }),
      ).toBeNull();
      // Every platform call answers nothing to a stranger.
      for (const [channel, handler] of electron.handlers) {
        if (channel === 'api') continue;
        const options = { title: 'x', route: '/', fileId: 'x', suggestedName: 'x', filters: [] };
        expect(await handler(from(url), options), `${channel} from ${url}`).toBeFalsy();
      }
    }
    expect(calls).toEqual([]);
    expect(electron.dialogs).toBe(0);
    expect(await api(from(`${appFile}#/ledgers`), 'communities.list', {})).toEqual({ ok: true, value: 'done' });
    expect(calls).toEqual([['communities.list', {}]]);
  });
});
