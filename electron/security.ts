/**
 * The window's security policy as plain functions, so it can be tested without Electron.
 * main.ts wires them to Electron's events.
 */
export const CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:";

export const webPreferences = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  spellcheck: false,
} as const;

/** True when url is a page of the app itself: the same file, or the same dev-server origin. */
export function isAppUrl(url: string | undefined, appUrl: string): boolean {
  if (!url) return false;
  let target: URL;
  let app: URL;
  try {
    target = new URL(url);
    app = new URL(appUrl);
  } catch {
    return false;
  }
  if (app.protocol === 'file:') return target.protocol === 'file:' && target.pathname === app.pathname;
  return target.origin === app.origin;
}

/** Permission requests (camera, geolocation, notifications …) are never granted. */
export function permissionAllowed(_permission: string): boolean {
  return false;
}
