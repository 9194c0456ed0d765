import { describe, expect, it } from 'vitest';
import { CSP, isAppUrl, permissionAllowed, webPreferences } from '../../electron/security';

describe('window security policy', () => {
  it('uses the CSP of the design', () => {
    expect(CSP).toBe("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:");
  });

  it('isolates the page: context isolation, sandbox, no Node', () => {
    expect(webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
  });

  it('lets the window stay on the app and nowhere else', () => {
    const file = 'file:///C:/Program%20Files/ledger/resources/app.asar/out/renderer/index.html';
    expect(isAppUrl(`${file}#/settings/communities`, file)).toBe(true);
    expect(isAppUrl('file:///C:/Windows/System32/evil.html', file)).toBe(false);
    expect(isAppUrl('https://example.com/', file)).toBe(false);
    expect(isAppUrl('http://localhost:5173/#/x', 'http://localhost:5173/')).toBe(true);
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173/')).toBe(false);
    expect(isAppUrl(undefined, file)).toBe(false);
    expect(isAppUrl('not a url', file)).toBe(false);
  });

  it('grants no permission', () => {
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal'])
      expect(permissionAllowed(p)).toBe(false);
  });
});
