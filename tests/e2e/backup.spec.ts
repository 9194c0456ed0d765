import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { APIRequestContext } from '@playwright/test';
import type { Page } from '@playwright/test';
import { ADMIN, expect, startBrowserMode, stop, test } from './fixtures';

/** A restore signs the session out (the restored data has its own operators): sign in again. */
async function signInAgain(page: Page): Promise<void> {
  const dialog = page.getByRole('dialog', { name: '登录' });
  await dialog.getByLabel('操作员').fill(ADMIN.name);
  await dialog.getByLabel('密码').fill(ADMIN.password);
  await dialog.getByLabel('密码').press('Enter');
  await expect(dialog).toHaveCount(0);
}

test('a backup made in 设置 → 备份与恢复 brings the old data back after a change', async ({ page, app }) => {
  await app.api('communities.add', { name: '湖东社区' });
  await page.goto(`${app.url}#/settings/backup`);
  await expect(page.getByRole('tab', { name: '备份与恢复' })).toHaveAttribute('aria-selected', 'true');

  await page.getByRole('button', { name: '立即备份' }).click();
  await expect(page.getByText(/已备份（.+），并检查无误/)).toBeVisible();
  const rows = page.getByRole('row').filter({ has: page.getByRole('button', { name: /恢复/ }) });
  const manual = rows.filter({ hasText: '手动' });
  await expect(manual).toHaveCount(1);

  await app.api('communities.add', { name: '柳影社区' });
  await manual.getByRole('button', { name: '恢复' }).click();
  const confirm = page.getByRole('dialog');
  await expect(confirm).toContainText('替换当前的全部数据');
  await confirm.getByRole('button', { name: '恢复', exact: true }).click();
  await expect(page.getByText(/已恢复到 .+ 的备份/)).toBeVisible();
  await signInAgain(page);
  await expect(rows.filter({ hasText: '恢复前' })).toHaveCount(1);

  await page.goto(`${app.url}#/settings/communities`);
  await expect(page.getByRole('cell', { name: '湖东社区', exact: true })).toBeVisible();
  await expect(page.getByRole('cell', { name: '柳影社区', exact: true })).toHaveCount(0);
});

test('a damaged data file at start: the app starts, and a banner offers the latest backup', async ({ page }) => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-e2e-'));
  const call = async (request: APIRequestContext, url: string, method: string, input: unknown = {}) => {
    const parsed = new URL(url);
    const response = await request.post(`${parsed.origin}/api/${method}`, {
      headers: { 'X-Ledger-Token': parsed.searchParams.get('token') ?? '' },
      data: input,
    });
    const result = await response.json();
    if (!result.ok) throw new Error(`${method}: ${result.message}`);
    return result.value;
  };

  let { child, url } = await startBrowserMode(dataDir);
  try {
    await call(page.request, url, 'auth.setup', ADMIN);
    await call(page.request, url, 'communities.add', { name: '湖东社区' });
    const backup = (await call(page.request, url, 'backups.create')) as { at: string };
    await stop(child);

    fs.writeFileSync(path.join(dataDir, 'ledger.sqlite'), 'not a database '.repeat(1000));
    ({ child, url } = await startBrowserMode(dataDir));
    // The operators went aside with the damaged file: an administrator is set up on the empty one.
    await page.goto(url);
    await expect(page.getByText(/启动时发现数据文件已损坏/)).toBeVisible();
    await call(page.request, url, 'auth.setup', ADMIN);
    await page.reload();

    const banner = page.getByTestId('damaged-data-banner');
    await expect(banner).toContainText(`数据文件已损坏，已移到 ${path.join(dataDir, 'ledger.sqlite.damaged-')}`);
    await expect(banner).toContainText(`是否从 ${backup.at} 的备份恢复？`);
    await banner.getByRole('button', { name: '从备份恢复' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '恢复', exact: true }).click();
    await expect(page.getByText(/已恢复到 .+ 的备份/)).toBeVisible();
    await signInAgain(page);
    await expect(banner).toHaveCount(0);

    await page.goto(`${url}#/settings/communities`);
    await expect(page.getByRole('cell', { name: '湖东社区', exact: true })).toBeVisible();
  } finally {
    await stop(child);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
