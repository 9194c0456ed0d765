import { expect, test } from './fixtures';

test('a community is added, renamed, given a grid, refused removal, and all survives a reload', async ({
  page,
  app,
}) => {
  await page.goto(`${app.url}#/settings/communities`);
  await expect(page.getByRole('tab', { name: '社区与网格' })).toHaveAttribute('aria-selected', 'true');

  await page.getByLabel('新社区名称').fill('湖东社区');
  await page.getByLabel('新社区名称').press('Enter');
  await expect(page.getByRole('cell', { name: '湖东社区', exact: true })).toBeVisible();

  await page.getByRole('button', { name: '重命名' }).click();
  const nameBox = page.getByRole('dialog').getByLabel('社区名称');
  await nameBox.fill('湖东新村社区');
  await nameBox.press('Enter');
  await expect(page.getByRole('cell', { name: '湖东新村社区', exact: true })).toBeVisible();
  await expect(page.getByRole('cell', { name: '湖东社区', exact: true })).toHaveCount(0);

  await page.getByRole('button', { name: '网格' }).click();
  const gridBox = page.getByRole('dialog').getByLabel('网格名称');
  await gridBox.fill('第一网格');
  await gridBox.press('Enter');
  await expect(page.getByText('第一网格')).toBeVisible();

  await page.getByRole('button', { name: '删除', exact: true }).click();
  await page.getByRole('tooltip').getByRole('button', { name: '删除' }).click();
  await expect(page.getByText('不能删除社区“湖东新村社区”：还有 1 个网格（第一网格）属于它')).toBeVisible();

  await page.reload();
  await expect(page.getByRole('cell', { name: '湖东新村社区', exact: true })).toBeVisible();
  await expect(page.getByText('第一网格')).toBeVisible();
});

test('the street name set in 设置 shows in the title bar', async ({ page, app }) => {
  await page.goto(`${app.url}#/settings/street`);
  await page.getByLabel('街道名称').fill('永长街道');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByTestId('street-name')).toHaveText('永长街道');
  await expect(page).toHaveTitle('永长街道 · 街道台账');
});

test('an empty name is refused with a message and nothing is added', async ({ page, app }) => {
  await page.goto(`${app.url}#/settings/communities`);
  const added = await app.api('communities.add', { name: '   ' });
  expect(added).toMatchObject({ ok: false, code: 'BAD_INPUT' });
  expect(added.message).toContain('请填写社区名称');
  await page.getByLabel('新社区名称').fill('湖东社区');
  await page.getByLabel('新社区名称').press('Enter');
  await expect(page.getByRole('cell', { name: '湖东社区', exact: true })).toHaveCount(1);
  await expect(page.getByLabel('新社区名称')).toHaveValue('');
  await page.getByLabel('新社区名称').fill('湖东社区');
  await page.getByLabel('新社区名称').press('Enter');
  await expect(page.getByText('已经有名为“湖东社区”的社区了')).toBeVisible();
  await expect(page.getByRole('cell', { name: '湖东社区', exact: true })).toHaveCount(1);
});

test('an API call without the token gets 401, one from another origin 403', async ({ request, app }) => {
  const none = await request.post(`${app.origin}/api/communities.list`, { data: {} });
  expect(none.status()).toBe(401);
  const wrong = await request.post(`${app.origin}/api/communities.list`, {
    data: {},
    headers: { 'X-Ledger-Token': 'x' + app.token },
  });
  expect(wrong.status()).toBe(401);
  const foreign = await request.post(`${app.origin}/api/communities.list`, {
    data: {},
    headers: { 'X-Ledger-Token': app.token, Origin: 'http://evil.example' },
  });
  expect(foreign.status()).toBe(403);
  const good = await request.post(`${app.origin}/api/communities.list`, {
    data: {},
    headers: { 'X-Ledger-Token': app.token },
  });
  expect(good.status()).toBe(200);
  expect(await good.json()).toEqual({ ok: true, value: [] });
});

test('the communities print view renders an A4 PDF with the list', async ({ page, app }) => {
  await app.api('settings.update', { streetName: '永长街道' });
  await app.api('communities.add', { name: '湖东社区' });
  await page.goto(`${app.url}#/print/communities`);
  await expect(page.locator('body[data-print-ready="1"]')).toHaveCount(1);
  await expect(page.getByRole('heading', { name: '永长街道社区与网格一览' })).toBeVisible();
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdf.length).toBeGreaterThan(1000);
});
