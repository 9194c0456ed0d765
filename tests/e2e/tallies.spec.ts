import { expect, test } from './fixtures';

test('two items made in 设置 are entered for two communities with the keyboard, saved with Ctrl+S, and kept', async ({
  page,
  app,
}) => {
  for (const name of ['湖东社区', '柳影社区']) expect((await app.api('communities.add', { name })).ok).toBe(true);

  // 设置 → 工作量项目: one item from the suggestions, one typed in.
  await page.goto(`${app.url}#/settings/tallies`);
  await expect(page.getByRole('tab', { name: '工作量项目' })).toHaveAttribute('aria-selected', 'true');
  await page.getByRole('button', { name: '敲门入户户数（户）' }).click();
  await expect(page.getByRole('cell', { name: '敲门入户户数', exact: true })).toBeVisible();
  await page.getByLabel('新项目名称').fill('走访商户数');
  await page.getByLabel('新项目单位').fill('家');
  await page.getByLabel('新项目单位').press('Enter');
  await expect(page.getByRole('cell', { name: '走访商户数', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: '敲门入户户数（户）' })).toHaveCount(0);

  // 统计 → 每日工作量, from the navigation.
  await page.getByRole('menuitem', { name: '统计' }).click();
  await expect(page.getByRole('tab', { name: '每日工作量' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('columnheader', { name: '敲门入户户数（户）' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: '走访商户数（家）' })).toBeVisible();

  // Keyboard only from the first cell: Tab right, Enter down, Shift+Tab back; letters are not taken.
  await page.getByLabel('湖东社区 敲门入户户数').focus();
  await page.keyboard.type('12');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('湖东社区 走访商户数')).toBeFocused();
  await page.keyboard.type('3a');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('柳影社区 走访商户数')).toBeFocused();
  await page.keyboard.type('5');
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByLabel('柳影社区 敲门入户户数')).toBeFocused();
  await page.keyboard.type('7');
  await page.keyboard.press('Control+s');
  await expect(page.getByText('已保存')).toBeVisible();
  await expect(page.getByText('格未保存')).toHaveCount(0);

  await page.reload();
  await expect(page.getByLabel('湖东社区 敲门入户户数')).toHaveValue('12');
  await expect(page.getByLabel('湖东社区 走访商户数')).toHaveValue('3');
  await expect(page.getByLabel('柳影社区 敲门入户户数')).toHaveValue('7');
  await expect(page.getByLabel('柳影社区 走访商户数')).toHaveValue('5');
  const totals = page.locator('.ant-table-summary tr').filter({ hasText: '合计' });
  await expect(totals).toContainText('19');
  await expect(totals).toContainText('8');

  // Who entered a cell, and when, on hover.
  await page.getByLabel('湖东社区 敲门入户户数').hover();
  await expect(page.getByRole('tooltip')).toContainText('测试管理员 录入于');

  // Leaving the date with a change unsaved asks first; staying keeps the change.
  await page.getByLabel('柳影社区 走访商户数').fill('6');
  await page.getByLabel('日期').click();
  await page
    .locator('.ant-picker-dropdown:visible .ant-picker-cell-in-view:not(.ant-picker-cell-selected)')
    .first()
    .click();
  await expect(page.locator('.ant-modal-confirm-title')).toContainText('还有 1 格修改没有保存');
  await page.getByRole('button', { name: '留在本日' }).click();
  await expect(page.getByLabel('柳影社区 走访商户数')).toHaveValue('6');
  await expect(totals).toContainText('9');

  await page.goto(`${app.url}#/settings/audit`);
  await expect(page.getByRole('row').filter({ hasText: '保存每日工作量' })).toHaveCount(1);
  await expect(page.getByRole('row').filter({ hasText: '新增工作量项目' })).toHaveCount(2);
});

test('an item with values cannot be deleted, only deactivated, and leaves the grid', async ({ page, app }) => {
  const community = (await app.api<{ id: number }>('communities.add', { name: '湖东社区' })).value!;
  const item = (await app.api<{ id: number }>('tallies.addItem', { name: '消杀处数', unit: '处' })).value!;
  const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
  await app.api('tallies.save', { date: today, cells: [{ communityId: community.id, itemId: item.id, value: 4 }] });

  await page.goto(`${app.url}#/settings/tallies`);
  await page.getByRole('button', { name: '删除 消杀处数' }).click();
  await page.getByRole('tooltip').getByRole('button', { name: '删除' }).click();
  await expect(page.getByText('不能删除工作量项目“消杀处数”')).toBeVisible();
  await page.getByRole('switch', { name: '启用 消杀处数' }).click();
  await expect(page.getByText('已停用')).toBeVisible();

  await page.goto(`${app.url}#/stats/daily`);
  await expect(page.getByText('还没有工作量项目')).toBeVisible();
});

test('查看 sees the grid with its values read-only, with no 保存', async ({ page, app }) => {
  const community = (await app.api<{ id: number }>('communities.add', { name: '湖东社区' })).value!;
  const item = (await app.api<{ id: number }>('tallies.addItem', { name: '热线接听件数', unit: '件' })).value!;
  const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
  await app.api('tallies.save', { date: today, cells: [{ communityId: community.id, itemId: item.id, value: 9 }] });
  expect((await app.api('operators.add', { name: '赵查看', role: '查看', password: 'secret-3' })).ok).toBe(true);
  expect((await app.api('auth.login', { name: '赵查看', password: 'secret-3' })).ok).toBe(true);

  await page.goto(`${app.url}#/stats/daily`);
  await expect(page.getByLabel('湖东社区 热线接听件数')).toHaveText('9');
  await expect(page.getByText('只读：查看账号不能修改工作量')).toBeVisible();
  await expect(page.getByRole('spinbutton')).toHaveCount(0);
  await expect(page.getByRole('button', { name: '保存' })).toHaveCount(0);
});
