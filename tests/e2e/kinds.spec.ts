import type { Page } from '@playwright/test';
import { idCheckChar } from '../../shared/domain/idNumber';
import { expect, test, type BrowserModeApp } from './fixtures';

interface Kind {
  key: string;
  name: string;
  builtin: boolean;
  fields: { key: string; label: string; type: string; options?: string[]; required?: boolean }[];
}

interface Entry {
  id: number;
  fields: Record<string, unknown>;
  extra: Record<string, string>;
}

async function ok<T>(app: BrowserModeApp, method: string, input: unknown): Promise<T> {
  const result = await app.api<T>(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.code} ${result.message}`);
  return result.value as T;
}

const first17 = '11010119400305002';
const idNumber = first17 + idCheckChar(first17);

/** Picks an option in the antd Select labelled `label`. */
async function choose(page: Page, label: string, option: string) {
  await page.getByLabel(label).click();
  await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${option}"]`).click();
}

/** 设置 → 台账类型 → 新增台账类型: 独居老人 with three fields, through the editor. */
async function defineKind(page: Page, app: BrowserModeApp): Promise<Kind> {
  await page.goto(`${app.url}#/settings/kinds`);
  await expect(page.getByRole('row').filter({ hasText: '孕产妇' })).toBeVisible();
  await page.getByRole('button', { name: '新增台账类型' }).click();
  const dialog = page.getByRole('dialog', { name: '新增台账类型' });
  await dialog.getByLabel('台账名称').fill('独居老人');

  await dialog.getByLabel('字段 1 名称').fill('健康状况');
  await choose(page, '字段 1 类型', '单选');
  const options = dialog.getByLabel('字段 1 选项');
  for (const option of ['良好', '一般', '较差']) {
    await options.fill(option);
    await options.press('Enter');
  }

  await dialog.getByRole('button', { name: '添加字段' }).click();
  await dialog.getByLabel('字段 2 名称').fill('是否需要送餐');
  await choose(page, '字段 2 类型', '是/否');

  await dialog.getByRole('button', { name: '添加字段' }).click();
  await dialog.getByLabel('字段 3 名称').fill('紧急联系人电话');
  await choose(page, '字段 3 类型', '电话');
  await dialog.getByLabel('字段 3 必填').check();

  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('row').filter({ hasText: '独居老人' })).toBeVisible();

  const kinds = await ok<Kind[]>(app, 'kinds.list', {});
  const kind = kinds.find((k) => k.name === '独居老人');
  expect(kind).toBeDefined();
  return kind!;
}

test.beforeEach(async ({ app }) => {
  await ok(app, 'communities.add', { name: '湖东社区' });
});

test('a kind defined in 设置 → 台账类型 takes entries with its own fields', async ({ page, app }) => {
  const kind = await defineKind(page, app);
  expect(kind.builtin).toBe(false);
  expect(kind.fields.map(({ label, type, options, required }) => ({ label, type, options, required }))).toEqual([
    { label: '健康状况', type: 'choice', options: ['良好', '一般', '较差'], required: undefined },
    { label: '是否需要送餐', type: 'bool', options: undefined, required: undefined },
    { label: '紧急联系人电话', type: 'phone', options: undefined, required: true },
  ]);
  const [health, meals, phone] = kind.fields.map((f) => f.key);

  const added = await ok<Entry>(app, 'entries.add', {
    kind: kind.key,
    name: '赵德明',
    idNumber,
    community: '湖东社区',
    fields: { [health!]: '一般', [meals!]: '是', [phone!]: '13912345678' },
  });
  const entry = await ok<Entry>(app, 'entries.get', { id: added.id });
  expect(entry.fields).toEqual({ [health!]: '一般', [meals!]: true, [phone!]: ['13912345678'] });

  // The list shows the new kind's fields and its one record; built-ins stay read-only.
  const row = page.getByRole('row').filter({ hasText: '独居老人' });
  await page.reload();
  await expect(row).toContainText('健康状况');
  await expect(row).toContainText('1');
  await expect(page.getByRole('row').filter({ hasText: '透析患者' })).toContainText('内置，不能修改');

  // A kind with records is not deleted: the server's reason is shown.
  await row.getByRole('button', { name: '删除' }).click();
  await page.getByRole('tooltip').getByRole('button', { name: '删除' }).click();
  await expect(page.getByText('“独居老人”台账里还有 1 条记录，不能删除。')).toBeVisible();
});

test('removing a field that records use asks first, then keeps the values under 其他信息; the log shows it', async ({
  page,
  app,
}) => {
  const kind = await defineKind(page, app);
  const [health, meals] = kind.fields.map((f) => f.key);
  const added = await ok<Entry>(app, 'entries.add', {
    kind: kind.key,
    name: '赵德明',
    idNumber,
    community: '湖东社区',
    fields: { [health!]: '一般', [meals!]: '否', [kind.fields[2]!.key]: '13912345678' },
  });

  await page.getByRole('row').filter({ hasText: '独居老人' }).getByRole('button', { name: '编辑' }).click();
  const dialog = page.getByRole('dialog', { name: '编辑台账类型“独居老人”' });
  await expect(dialog.getByLabel('字段 1 名称')).toHaveValue('健康状况');
  await dialog.getByRole('button', { name: '删除字段 1' }).click();
  await expect(dialog.getByLabel('字段 1 名称')).toHaveValue('是否需要送餐');
  await dialog.getByRole('button', { name: '保存' }).click();

  const confirm = page.getByRole('dialog').filter({ hasText: '确认删除字段' });
  await expect(confirm).toContainText('将删除字段 “健康状况”（1 条记录填写了）');
  await expect(confirm).toContainText('其他信息');
  await confirm.getByRole('button', { name: '确认删除字段' }).click();
  await expect(dialog).toBeHidden();

  const after = (await ok<Kind[]>(app, 'kinds.list', {})).find((k) => k.key === kind.key)!;
  expect(after.fields.map((f) => f.label)).toEqual(['是否需要送餐', '紧急联系人电话']);
  expect(after.fields[0]!.key).toBe(meals); // kept fields keep their keys
  const entry = await ok<Entry>(app, 'entries.get', { id: added.id });
  expect(entry.extra['健康状况']).toBe('一般');
  expect(entry.fields[health!]).toBeUndefined();

  // 设置 → 操作日志, 对象 = 台账类型: the change, and what changed in it.
  await page.goto(`${app.url}#/settings/audit`);
  await expect(page.getByRole('row').filter({ hasText: '新增记录' })).toHaveCount(1);
  await page.getByLabel('对象').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="台账类型"]').click();
  await expect(page.getByRole('row').filter({ hasText: '新增记录' })).toHaveCount(0);
  const change = page.getByRole('row').filter({ hasText: '修改台账类型' });
  await expect(change).toContainText('独居老人');
  await expect(page.getByRole('row').filter({ hasText: '新增台账类型' })).toContainText('独居老人');
  await change.click();
  const detail = page.locator('.ant-table-expanded-row');
  await expect(detail).toContainText('字段');
  await expect(detail).toContainText('健康状况（单选：良好/一般/较差）');
  await expect(detail).toContainText('修改后');
});
