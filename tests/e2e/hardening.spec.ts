/**
 * The page in browser mode, checked as the Electron security checklist asks of the window:
 * no Node in the page, nothing exposed beyond the platform calls, a CSP that blocks injected
 * script (the same as Electron's), no request leaving 127.0.0.1, and text shown as text.
 */
import { womanId } from '../unit/ids';
import { expect, test } from './fixtures';

const PAYLOAD = '<img src=x onerror=window.__xss=1>';

test('the page has no Node, exposes nothing, and serves the same CSP as Electron', async ({ page, app }) => {
  const response = await page.goto(app.url);
  await expect(page.getByRole('menuitem', { name: /设置/ })).toBeVisible();

  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(meta).toBe("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:");
  expect(response!.headers()['content-security-policy']).toBe(meta);

  const globals = await page.evaluate(() => {
    const w = window as unknown as Record<string, unknown>;
    return {
      require: typeof w.require,
      process: typeof w.process,
      module: typeof w.module,
      Buffer: typeof w.Buffer,
      global: typeof w.global,
      electron: typeof w.electron,
      ipcRenderer: typeof w.ipcRenderer,
      // Browser mode: the platform calls stay inside the bundle, nothing is put on window.
      api: typeof w.api,
    };
  });
  expect(globals).toEqual({
    require: 'undefined',
    process: 'undefined',
    module: 'undefined',
    Buffer: 'undefined',
    global: 'undefined',
    electron: 'undefined',
    ipcRenderer: 'undefined',
    api: 'undefined',
  });
});

test('script injected into the page is blocked by the CSP', async ({ page, app }) => {
  await page.goto(app.url);
  await expect(page.getByRole('menuitem', { name: /设置/ })).toBeVisible();
  const outcome = await page.evaluate(async () => {
    const w = window as unknown as Record<string, unknown>;
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));

    const inline = document.createElement('script');
    inline.textContent = 'window.__inline = 1';
    document.body.append(inline);

    const handler = document.createElement('div');
    handler.setAttribute('onclick', 'window.__handler = 1');
    document.body.append(handler);
    handler.click();

    let fetched = 'blocked';
    try {
      await fetch('https://example.com/');
      fetched = 'sent';
    } catch {
      // refused by connect-src (default-src 'self')
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    return { inline: w.__inline, handler: w.__handler, fetched, violations: violations.length };
  });
  expect(outcome).toMatchObject({ inline: undefined, handler: undefined, fetched: 'blocked' });
  // The page saw its CSP refuse them (eval is not checked here: Playwright's evaluate is exempt).
  expect(outcome.violations).toBeGreaterThanOrEqual(2);
});

test('no request leaves 127.0.0.1 while going through every screen', async ({ page, app }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(app.url);
  for (const area of ['工作台', '重点人群', '干部签到', '导入导出', '设置']) {
    const item = page.getByRole('menuitem', { name: new RegExp(area) });
    await item.click();
    await expect(item).toHaveClass(/selected/);
  }
  await page.waitForLoadState('networkidle');
  const foreign = requests.filter((url) => {
    const { protocol, hostname } = new URL(url);
    return !['data:', 'blob:'].includes(protocol) && hostname !== '127.0.0.1';
  });
  expect(requests.length).toBeGreaterThan(3);
  expect(foreign).toEqual([]);
});

test('markup in a name, a note or another column shows as text in the table and the drawer', async ({ page, app }) => {
  await app.api('communities.add', { name: '湖东社区' });
  const name = `王${PAYLOAD}芳`;
  const added = await app.api<{ id: number }>('entries.add', {
    kind: 'pregnant',
    name,
    idNumber: womanId('19900307'),
    community: '湖东社区',
    note: `备注${PAYLOAD}`,
    extra: { [`<b>旧表列</b>`]: PAYLOAD },
  });
  expect(added.ok, added.message).toBe(true);

  await page.goto(`${app.url}#/ledgers/pregnant`);
  const row = page.locator('.ant-table-tbody-virtual .ant-table-row', { hasText: PAYLOAD });
  await expect(row).toBeVisible();
  await expect(row).toContainText(name);
  await expect(page.locator('.ant-table-tbody-virtual img')).toHaveCount(0);

  await row.click();
  await expect(page.getByTestId('drawer-name')).toHaveText(name);
  const drawer = page.locator('.ant-drawer');
  await expect(drawer).toContainText(`备注${PAYLOAD}`);
  await expect(drawer.locator('img')).toHaveCount(0);
  await expect(drawer.locator('b')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
});
