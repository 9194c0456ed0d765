import { expect, test } from './fixtures';

const signIn = async (page: import('@playwright/test').Page, name: string, password: string) => {
  const dialog = page.getByRole('dialog', { name: /登录|已锁定/ });
  await dialog.getByLabel('操作员').fill(name);
  await dialog.getByLabel('密码').fill(password);
  await dialog.getByLabel('密码').press('Enter');
  await expect(dialog).toHaveCount(0);
};

test.describe('a fresh data folder', () => {
  test.use({ signedIn: false });

  test('the first start creates the administrator, who then locks and unlocks the app', async ({ page, app }) => {
    await page.goto(app.url);
    await expect(page.getByText('首次使用：创建管理员')).toBeVisible();
    // Nothing can be read before that.
    expect((await app.api('communities.list')).code).toBe('UNAUTHORIZED');

    await page.getByLabel('管理员姓名').fill('张主任');
    await page.getByLabel('密码', { exact: true }).fill('secret-1');
    await page.getByLabel('再输一次密码').fill('secret-2');
    await page.getByRole('button', { name: '创建并进入' }).click();
    await expect(page.getByText('两次输入的密码不一样')).toBeVisible();
    await page.getByLabel('再输一次密码').fill('secret-1');
    await page.getByRole('button', { name: '创建并进入' }).click();
    await expect(page.getByTestId('operator')).toHaveText(/张主任（管理员）/);

    // Ctrl+L locks: the screen hides the app, the password unlocks it.
    await page.keyboard.press('Control+KeyL');
    const lock = page.getByRole('dialog', { name: '已锁定' });
    await expect(lock).toBeVisible();
    await expect(lock.getByLabel('操作员')).toHaveValue('张主任');
    expect((await app.api('communities.list')).code).toBe('LOCKED');
    await lock.getByLabel('密码').fill('wrong-pass');
    await lock.getByLabel('密码').press('Enter');
    await expect(lock.getByRole('alert')).toContainText('姓名或密码不对');
    await lock.getByLabel('密码').fill('secret-1');
    await lock.getByLabel('密码').press('Enter');
    await expect(lock).toHaveCount(0);
    await expect(page.getByTestId('operator')).toBeVisible();
  });
});

test('an operator with role 查看 can read but cannot change or unmask anything', async ({ page, app }) => {
  await app.api('communities.add', { name: '湖东社区' });
  const added = await app.api('entries.add', {
    kind: 'pregnant',
    name: '王芳',
    idNumber: '220104198503204944',
    phones: '13800001111',
    community: '湖东社区',
    fields: {},
  });
  expect(added.ok, added.message).toBe(true);

  // The administrator adds the viewer in 设置 → 操作员.
  await page.goto(`${app.url}#/settings/operators`);
  await page.getByRole('button', { name: '添加操作员' }).click();
  const dialog = page.getByRole('dialog', { name: '添加操作员' });
  await dialog.getByLabel('姓名').fill('赵查看');
  await dialog.getByLabel('角色').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '查看' }).click();
  await dialog.getByLabel('初始密码').fill('secret-3');
  await dialog.getByRole('button', { name: '添加' }).click();
  await expect(page.getByRole('cell', { name: '赵查看', exact: true })).toBeVisible();

  await page.getByTestId('operator').hover();
  await page.getByRole('menuitem', { name: '退出登录' }).click();
  await signIn(page, '赵查看', 'secret-3');
  await expect(page.getByTestId('operator')).toHaveText(/赵查看（查看）/);
  await expect(page.getByTestId('read-only-banner')).toBeVisible();

  await page.goto(`${app.url}#/ledgers/pregnant`);
  const row = page.locator('.ant-table-row', { hasText: '王芳' });
  await expect(row).toContainText('220104********4944');
  // No 显示 button for 查看, and the API refuses the number too.
  await expect(row.getByRole('button', { name: '显示' })).toHaveCount(0);
  const reveal = await app.api('entries.revealId', { id: 1 });
  expect(reveal).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  expect(reveal.message).toContain('只能查看，不能修改');

  // Alt+N, which adds an entry for the other roles, opens nothing.
  await page.keyboard.press('Alt+N');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // The other pages show what 查看 may read, without the buttons that would be refused.
  await page.goto(`${app.url}#/cadres/roster`);
  await expect(page.getByPlaceholder('姓名、电话、单位或拼音首字母')).toBeVisible();
  await expect(page.getByRole('button', { name: '导出' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: '新增' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: '导入' })).toHaveCount(0);
  await page.goto(`${app.url}#/cadres/signin`);
  await expect(page.getByLabel('日期')).toBeVisible();
  await expect(page.getByRole('button', { name: /现场登记/ })).toHaveCount(0);
  await page.goto(`${app.url}#/rosters/grid`);
  await expect(page.getByRole('button', { name: '打印当日值班表' })).toBeVisible();
  await expect(page.getByRole('button', { name: '生成排班' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: '导出 Excel' })).toHaveCount(0);
  await page.goto(`${app.url}#/rosters/posts`);
  await expect(page.getByText('还没有岗位')).toBeVisible();
  await expect(page.getByRole('button', { name: '新增岗位' })).toHaveCount(0);

  await page.goto(`${app.url}#/settings`);
  await expect(page.getByText('设置只有管理员可以查看和修改')).toBeVisible();
  expect((await app.api('entries.update', { id: 1, name: '改名' })).code).toBe('FORBIDDEN');
  expect((await app.api('entries.list', { kind: 'pregnant' })).ok).toBe(true);
});

test('five wrong passwords in a row make the sign-in wait', async ({ page, app }) => {
  await app.api('auth.logout');
  await page.goto(app.url);
  const dialog = page.getByRole('dialog', { name: '登录' });
  await dialog.getByLabel('操作员').fill('测试管理员');
  for (let i = 0; i < 5; i++) {
    await dialog.getByLabel('密码').fill(`wrong-${i}`);
    await dialog.getByLabel('密码').press('Enter');
    // Each answer before the next try: Enter on a button still loading sends nothing.
    await expect(dialog.getByRole('alert')).toContainText(i < 4 ? `还可试 ${4 - i} 次` : `已连续输错 5 次`);
    await expect(dialog.locator('button[type=submit]')).not.toHaveClass(/ant-btn-loading/);
  }
  await expect(dialog.getByRole('button', { name: /请 \d+ 秒后再试/ })).toBeDisabled();
  await expect(dialog.getByRole('alert')).toContainText('秒后再试');
});
