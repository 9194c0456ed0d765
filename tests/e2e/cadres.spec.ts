import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const FIXTURE = path.resolve(import.meta.dirname, '../../../shared/fixtures/下沉干部名单.xlsx');

const rows = (page: Page) => page.getByRole('tabpanel', { name: '人员名册' }).locator('tbody tr.ant-table-row');

test('the cadre list is imported through 人员名册, searched by pinyin initials, and organised into a branch', async ({
  page,
  app,
}) => {
  await page.goto(`${app.url}#/cadres/roster`);

  // 导入: choose the file, see the preview counts, confirm.
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '导入' }).click();
  await (await chooser).setFiles(FIXTURE);
  const dialog = page.getByRole('dialog', { name: /导入人员名册/ });
  await expect(dialog.getByTestId('import-new')).toHaveText('60');
  await expect(dialog).toContainText('将新建社区');
  await dialog.getByRole('button', { name: '确认导入' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('共 60 人')).toBeVisible();

  // Pinyin initials find one person.
  await page.getByPlaceholder('姓名、电话、单位或拼音首字母').fill('sxd');
  await expect(page.getByText('共 1 人')).toBeVisible();
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText('史晓东');
  await expect(rows(page).first()).toContainText('区委组织部');

  // 组织: a branch with its 第一书记; the counts show it.
  await page.goto(`${app.url}#/cadres/org`);
  const counts = page.getByTestId('org-counts');
  await expect(counts.locator('tr', { hasText: '合计' })).toContainText('60');
  await page.getByRole('button', { name: '新建支部' }).click();
  const form = page.getByRole('dialog', { name: '新建临时党支部' });
  await form.getByLabel('支部名称').fill('湖东社区第一临时党支部');
  await form.getByLabel('社区').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '湖东社区' }).click();
  const secretary = form.getByLabel('第一书记');
  await secretary.click();
  await secretary.fill('sxd');
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '史晓东' }).click();
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form).toBeHidden();

  const branchRow = page
    .locator('.ant-card', { hasText: '临时党支部' })
    .locator('.ant-table-row', { hasText: '湖东社区第一临时党支部' });
  await expect(branchRow).toContainText('史晓东');
  await expect(branchRow).toContainText('共 1 人');
  const hudong = counts.locator('tr', { hasText: '湖东社区' });
  // 社区 临时党支部 先锋岗 责任区 突击队 党员 在岗人数
  await expect(hudong.locator('td')).toHaveText(['湖东社区', '1', '0', '0', '0', '15', '16']);
  await expect(counts.locator('tr', { hasText: '合计' }).locator('td')).toHaveText([
    '合计',
    '1',
    '0',
    '0',
    '0',
    '50',
    '60',
  ]);
});
