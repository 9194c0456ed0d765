import type { Page } from '@playwright/test';
import { addDays, todayText } from '../../shared/domain/dates';
import { idCheckChar } from '../../shared/domain/idNumber';
import { expect, test, type BrowserModeApp } from './fixtures';

/** A valid ID number: region 220104, the birth date, a 3-digit sequence (even = woman), check char. */
function idNumber(birth: string, sequence: number): string {
  const first17 = `220104${birth}${String(sequence).padStart(3, '0')}`;
  return first17 + idCheckChar(first17);
}

const WANG_FANG_ID = '220104198503204944'; // DESIGN.md's example: a woman born 1985-03-20

async function seedPlaces(app: BrowserModeApp, names = ['湖东社区']): Promise<void> {
  for (const name of names) {
    const community = await app.api<{ id: number }>('communities.add', { name });
    await app.api('grids.add', { communityId: community.value!.id, name: '第一网格' });
  }
}

async function addPregnant(app: BrowserModeApp, input: Record<string, unknown>): Promise<number> {
  const added = await app.api<{ id: number }>('entries.add', { kind: 'pregnant', community: '湖东社区', ...input });
  expect(added.ok, added.message).toBe(true);
  return added.value!.id;
}

async function total(app: BrowserModeApp, input: Record<string, unknown> = {}): Promise<number> {
  const list = await app.api<{ total: number }>('entries.list', { kind: 'pregnant', status: '全部', ...input });
  return list.value!.total;
}

const table = (page: Page) => page.locator('.ant-table-tbody-virtual');
const row = (page: Page, name: string) => table(page).locator('.ant-table-row', { hasText: name });

async function pickOption(page: Page, combobox: ReturnType<Page['getByRole']>, option: string): Promise<void> {
  await combobox.click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option }).first().click();
}

test('a pregnant woman is added through the form: a wrong ID is refused at the field, the right one saves with Enter', async ({
  page,
  app,
}) => {
  await seedPlaces(app);
  await page.goto(`${app.url}#/ledgers/pregnant`);
  await expect(page.getByRole('tab', { name: '孕产妇' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('ledger-total')).toHaveText('共 0 人');

  await page.getByRole('button', { name: '新增' }).click();
  const dialog = page.getByRole('dialog', { name: '新增孕产妇' });
  await expect(dialog.getByLabel('姓名')).toBeFocused();
  await dialog.getByLabel('姓名').fill('王芳');
  await dialog.getByLabel('身份证号').fill('220104198503204945'); // check character wrong
  await expect(dialog.getByText('身份证号校验位不对：最后一位应为 4，请核对是否抄错')).toBeVisible();
  await dialog.getByLabel('联系电话').fill('139 0431 2222');
  const due = addDays(todayText(new Date()), 60);
  await dialog.getByLabel('预产期').fill(due);
  await dialog.getByLabel('预产期').press('Tab');
  await pickOption(page, dialog.getByRole('combobox', { name: '妊娠风险等级' }), '橙色');
  await dialog.getByLabel('产检医院').fill('市妇产医院');
  await dialog.getByLabel('姓名').press('Enter');
  await expect(dialog.getByText('身份证号校验位不对：最后一位应为 4，请核对是否抄错')).toBeVisible();
  expect(await total(app)).toBe(0);

  await dialog.getByLabel('身份证号').fill(WANG_FANG_ID);
  await expect(dialog.getByText('身份证号校验位不对')).toHaveCount(0);
  await expect(dialog.getByTestId('id-derived')).toContainText('性别 女　出生日期 1985-03-20');
  await dialog.getByLabel('身份证号').press('Enter');

  await expect(dialog).toHaveCount(0);
  await expect(page.getByText('已登记“王芳”')).toBeVisible();
  expect(await total(app)).toBe(1);
  // The drawer shows her; the table behind it lists her with the week of pregnancy computed today.
  await expect(page.getByTestId('drawer-name')).toHaveText('王芳');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('drawer-name')).toHaveCount(0);
  const wang = row(page, '王芳');
  await expect(wang).toContainText('13904312222');
  await expect(wang).toContainText('孕 31 周 + 3 天');
  await expect(wang).toContainText(due);
  await expect(wang).toContainText('橙色');
  await expect(wang).toContainText('湖东社区');
  await expect(page.getByTestId('ledger-total')).toHaveText('共 1 人');
});

test('the search finds by pinyin initials and by part of a phone, and not an unrelated person', async ({
  page,
  app,
}) => {
  await seedPlaces(app);
  await addPregnant(app, { name: '王芳', idNumber: WANG_FANG_ID, phones: '13904312222' });
  await addPregnant(app, { name: '李梅', idNumber: idNumber('19900101', 2), phones: '13800001111' });
  await page.goto(`${app.url}#/ledgers/pregnant`);
  await expect(page.getByTestId('ledger-total')).toHaveText('共 2 人');

  const search = page.getByLabel('搜索');
  await search.fill('wf');
  await expect(page.getByTestId('ledger-total')).toHaveText('共 1 人');
  await expect(row(page, '王芳')).toBeVisible();
  await expect(row(page, '李梅')).toHaveCount(0);

  await search.fill('0431222');
  await expect(page.getByTestId('ledger-total')).toHaveText('共 1 人');
  await expect(row(page, '王芳')).toBeVisible();
  await expect(row(page, '李梅')).toHaveCount(0);

  await search.fill('lm');
  await expect(row(page, '李梅')).toBeVisible();
  await expect(row(page, '王芳')).toHaveCount(0);

  // Sorting is done by the server: 姓名 ascending is pinyin order, 李 before 王.
  await search.fill('');
  await expect(page.getByTestId('ledger-total')).toHaveText('共 2 人');
  await expect(table(page).locator('.ant-table-row').first()).toContainText('王芳');
  await page.getByRole('columnheader', { name: '姓名' }).click();
  await expect(table(page).locator('.ant-table-row').first()).toContainText('李梅');
  await page.getByRole('columnheader', { name: '姓名' }).click();
  await expect(table(page).locator('.ant-table-row').first()).toContainText('王芳');

  await search.fill('zzz');
  await expect(page.getByTestId('ledger-total')).toHaveText('共 0 人');
  await expect(page.getByText('没有符合条件的记录')).toBeVisible();
});

test('the ID number shows masked in the table until 显示 is pressed, which the audit log records', async ({
  page,
  app,
}) => {
  await seedPlaces(app);
  await addPregnant(app, { name: '王芳', idNumber: WANG_FANG_ID });
  await page.goto(`${app.url}#/ledgers/pregnant`);
  const wang = row(page, '王芳');
  await expect(wang).toContainText('220104********4944');
  await expect(wang).not.toContainText(WANG_FANG_ID);
  await wang.getByRole('button', { name: '显示' }).click();
  await expect(wang.getByTestId('id-full')).toHaveText(WANG_FANG_ID);
  // Revealing opened no drawer, and it was logged.
  await expect(page.getByTestId('drawer-name')).toHaveCount(0);
  const audit = await app.api<{ rows: { method: string }[] }>('audit.list', {});
  expect(audit.value!.rows.some((r) => r.method === 'entries.revealId')).toBe(true);
});

test('a service record added in the drawer shows in the timeline and as 最近服务', async ({ page, app }) => {
  await seedPlaces(app);
  const id = await addPregnant(app, { name: '王芳', idNumber: WANG_FANG_ID });
  await page.goto(`${app.url}#/ledgers/pregnant?entry=${id}`);
  await expect(page.getByTestId('drawer-name')).toHaveText('王芳');
  await expect(page.getByTestId('latest-service')).toContainText('还没有服务记录');

  await page.getByRole('button', { name: '新增服务记录' }).click();
  const dialog = page.getByRole('dialog', { name: '新增服务记录' });
  await dialog.locator('label', { hasText: '绿色通道' }).click();
  await dialog.getByLabel('内容').fill('送往医院产检');
  await dialog.getByLabel('就医医院').fill('市妇产医院');
  await dialog.getByLabel('车辆/司机').fill('吉A12345 张师傅');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toHaveCount(0);

  const timeline = page.getByTestId('service-timeline');
  await expect(timeline).toContainText('绿色通道');
  await expect(timeline).toContainText('送往医院产检');
  await expect(timeline).toContainText('市妇产医院');
  await expect(page.getByTestId('latest-service')).toContainText('绿色通道：送往医院产检');

  await page.keyboard.press('Escape');
  await expect(row(page, '王芳')).toContainText(`${todayText(new Date())} 绿色通道`);
});

test('a closed entry leaves the default view, shows under 已结案, and can be reopened', async ({ page, app }) => {
  await seedPlaces(app);
  await addPregnant(app, { name: '王芳', idNumber: WANG_FANG_ID });
  await addPregnant(app, { name: '李梅', idNumber: idNumber('19900101', 2) });
  await page.goto(`${app.url}#/ledgers/pregnant`);
  await row(page, '王芳').click();
  await expect(page.getByTestId('drawer-name')).toHaveText('王芳');

  await page.getByRole('button', { name: '结案' }).click();
  const dialog = page.getByRole('dialog', { name: '结案：王芳' });
  await dialog.getByText('迁出', { exact: true }).click();
  await dialog.getByRole('button', { name: '结案' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.locator('.ant-drawer').getByText('已结案').first()).toBeVisible();
  await page.keyboard.press('Escape');

  await expect(page.getByTestId('ledger-total')).toHaveText('共 1 人');
  await expect(row(page, '王芳')).toHaveCount(0);
  await page.locator('.ant-segmented').getByText('已结案', { exact: true }).click();
  await expect(row(page, '王芳')).toContainText('已结案（迁出）');
  await expect(row(page, '李梅')).toHaveCount(0);

  await row(page, '王芳').click();
  await page.getByRole('button', { name: '重新打开' }).click();
  await expect(page.getByText('“王芳”已重新在册')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(row(page, '王芳')).toHaveCount(0);
  await page.locator('.ant-segmented').getByText('在册', { exact: true }).click();
  await expect(row(page, '王芳')).toBeVisible();
  await expect(page.getByTestId('ledger-total')).toHaveText('共 2 人');
});

test('keyboard only: Alt+N opens the form, Tab moves through it, Enter saves, Esc cancels', async ({ page, app }) => {
  await seedPlaces(app, ['湖东社区', '湖西社区']);
  await page.goto(`${app.url}#/ledgers/pregnant`);
  await expect(page.getByTestId('ledger-total')).toHaveText('共 0 人');

  await page.keyboard.press('Alt+KeyN');
  const dialog = page.getByRole('dialog', { name: '新增孕产妇' });
  await expect(dialog.getByLabel('姓名')).toBeFocused();
  await page.keyboard.type('赵丽');
  await page.keyboard.press('Tab');
  await expect(dialog.getByLabel('身份证号')).toBeFocused();
  await page.keyboard.type(idNumber('19920815', 4));
  await page.keyboard.press('Tab');
  await expect(dialog.getByLabel('联系电话')).toBeFocused();
  await page.keyboard.type('13700002222');
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('combobox', { name: '社区' })).toBeFocused();
  await page.keyboard.type('湖西');
  await page.keyboard.press('Enter'); // picks 湖西社区 in the open list
  await expect(dialog.getByRole('combobox', { name: '社区' })).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('Enter'); // saves
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('drawer-name')).toHaveText('赵丽');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('drawer-name')).toHaveCount(0);
  await expect(row(page, '赵丽')).toContainText('湖西社区');
  // A focused row opens with Enter (once the closing drawer has handed focus back).
  await expect(async () => {
    await row(page, '赵丽').focus();
    await expect(row(page, '赵丽')).toBeFocused({ timeout: 500 });
  }).toPass();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('drawer-name')).toHaveText('赵丽');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('drawer-name')).toHaveCount(0);

  // Esc leaves a half-filled form without saving.
  await page.keyboard.press('Alt+KeyN');
  await expect(dialog.getByLabel('姓名')).toBeFocused();
  await page.keyboard.type('钱红');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  expect(await total(app)).toBe(1);

  // The 新增 button can be reached with Tab as well.
  await page.getByLabel('搜索').focus();
  let reached = false;
  for (let i = 0; i < 12 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await page.getByRole('button', { name: '新增' }).evaluate((b) => b === document.activeElement);
  }
  expect(reached).toBe(true);
  await page.keyboard.press('Enter');
  await expect(dialog.getByLabel('姓名')).toBeFocused();
});

test('300 entries: the total reads 共 300 人 and scrolling to the bottom loads the last one', async ({ page, app }) => {
  await seedPlaces(app);
  const names = Array.from({ length: 300 }, (_, i) => `测试${String(i + 1).padStart(3, '0')}`);
  for (let start = 0; start < names.length; start += 30) {
    await Promise.all(
      names
        .slice(start, start + 30)
        .map((name, j) => addPregnant(app, { name, idNumber: idNumber('19880101', (start + j) * 2 + 2) })),
    );
  }
  await page.goto(`${app.url}#/ledgers/pregnant`);
  await expect(page.getByTestId('ledger-total')).toHaveText('共 300 人');
  await expect(row(page, '测试001')).toBeVisible();
  await expect(row(page, '测试300')).toHaveCount(0); // not loaded, not rendered

  await table(page).hover();
  // Scrolled until it shows, however long the pages take to load on a busy machine.
  await expect(async () => {
    await page.mouse.wheel(0, 2000);
    await expect(row(page, '测试300')).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: 30_000 });
  await expect(row(page, '测试001')).toHaveCount(0);
});

test('editing keeps the ID number masked unless revealed; a server error lands on its field', async ({ page, app }) => {
  await seedPlaces(app);
  await addPregnant(app, { name: '王芳', idNumber: WANG_FANG_ID });
  const id = await addPregnant(app, { name: '李梅', idNumber: idNumber('19900101', 2), extra: { 原表序号: '12' } });
  await page.goto(`${app.url}#/ledgers/pregnant?entry=${id}`);
  await expect(page.getByTestId('drawer-name')).toHaveText('李梅');
  await page.getByRole('button', { name: '编辑' }).click();
  const dialog = page.getByRole('dialog', { name: '编辑孕产妇：李梅' });
  const idBox = dialog.getByLabel('身份证号');
  await expect(idBox).toHaveValue(`220104********${idNumber('19900101', 2).slice(14)}`);
  await expect(idBox).toHaveAttribute('readonly', '');
  await dialog.getByLabel('联系电话').fill('13800001111/0431-85201234');
  await dialog.getByLabel('联系电话').press('Enter');
  await expect(dialog).toHaveCount(0);
  const drawer = page.locator('.ant-drawer');
  await expect(drawer).toContainText('13800001111、0431-85201234');
  await expect(drawer).toContainText('原表序号'); // what the import kept survives the edit
  let audit = await app.api<{ rows: { method: string }[] }>('audit.list', {});
  expect(audit.value!.rows.some((r) => r.method === 'entries.revealId')).toBe(false);

  await page.getByRole('button', { name: '编辑' }).click();
  await dialog.getByRole('button', { name: '显示并修改' }).click();
  await expect(idBox).toHaveValue(idNumber('19900101', 2));
  await expect(idBox).toBeFocused();
  await idBox.fill(WANG_FANG_ID); // 王芳's: the server refuses a second open entry
  await idBox.press('Enter');
  await expect(dialog.getByRole('alert').first()).toContainText('在这个台账中已有在册记录（王芳');
  await expect(dialog.locator('.ant-form-item-explain-error')).toContainText('已有在册记录');
  audit = await app.api<{ rows: { method: string }[] }>('audit.list', {});
  expect(audit.value!.rows.some((r) => r.method === 'entries.revealId')).toBe(true);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
});

test('a staff-defined ledger has its own tab, form fields, columns and filters', async ({ page, app }) => {
  await seedPlaces(app);
  const kind = await app.api<{ key: string }>('kinds.add', {
    name: '独居老人',
    fields: [
      { label: '健康状况', type: 'choice', options: ['良好', '一般', '较差'] },
      { label: '是否低保', type: 'bool' },
      { label: '送餐日', type: 'weekdays' },
    ],
  });
  expect(kind.ok, kind.message).toBe(true);
  await page.goto(`${app.url}#/ledgers/${kind.value!.key}`);
  await expect(page.getByRole('tab', { name: '独居老人' })).toHaveAttribute('aria-selected', 'true');

  await page.getByRole('button', { name: '新增' }).click();
  const dialog = page.getByRole('dialog', { name: '新增独居老人' });
  await dialog.getByLabel('姓名').fill('孙秀英');
  await dialog.getByLabel('身份证号').fill(idNumber('19400505', 8));
  await pickOption(page, dialog.getByRole('combobox', { name: '健康状况' }), '较差');
  await dialog.getByRole('radiogroup', { name: '是否低保' }).getByText('是', { exact: true }).click();
  await dialog.getByRole('group', { name: '送餐日' }).getByText('一', { exact: true }).click();
  await dialog.getByRole('group', { name: '送餐日' }).getByText('三', { exact: true }).click();
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('drawer-name')).toHaveText('孙秀英');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('drawer-name')).toHaveCount(0);

  const sun = row(page, '孙秀英');
  await expect(sun).toContainText('较差');
  await expect(sun).toContainText('周一、三');
  await expect(sun.locator('.ant-table-cell').filter({ hasText: /^是$/ })).toHaveCount(1);

  await pickOption(page, page.getByRole('combobox', { name: '健康状况' }), '一般');
  await expect(page.getByTestId('ledger-total')).toHaveText('共 0 人');
  await page.getByRole('combobox', { name: '健康状况' }).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '较差' }).click();
  await expect(page.getByTestId('ledger-total')).toHaveText('共 1 人');
  await pickOption(page, page.getByRole('combobox', { name: '送餐日' }), '周二');
  await expect(page.getByTestId('ledger-total')).toHaveText('共 0 人');
  await pickOption(page, page.getByRole('combobox', { name: '送餐日' }), '周三');
  await expect(page.getByTestId('ledger-total')).toHaveText('共 1 人');
});

test('the dialysis ledger shows weekdays and filters by 透析日 and 透析方式', async ({ page, app }) => {
  await seedPlaces(app);
  const added = await app.api('entries.add', {
    kind: 'dialysis',
    name: '周建国',
    idNumber: idNumber('19600303', 1),
    community: '湖东社区',
    fields: { dialysisType: '血透', dialysisDays: [1, 3, 5], dialysisSession: '上午', dialysisHospital: '市中心医院' },
  });
  expect(added.ok, added.message).toBe(true);
  // A link with only ?entry=ID (as 工作台 makes) lands on the entry's own ledger with its drawer open.
  await page.goto(`${app.url}#/ledgers?entry=${(added.value as { id: number }).id}`);
  await expect(page.getByTestId('drawer-name')).toHaveText('周建国');
  await expect(page.getByRole('tab', { name: '透析患者' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('.ant-drawer')).toContainText('周一、三、五');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('drawer-name')).toHaveCount(0);
  const zhou = row(page, '周建国');
  await expect(zhou).toContainText('周一、三、五');
  await expect(zhou).toContainText('市中心医院');
  await pickOption(page, page.getByRole('combobox', { name: '透析日' }), '周二');
  await expect(page.getByTestId('ledger-total')).toHaveText('共 0 人');
  await pickOption(page, page.getByRole('combobox', { name: '透析日' }), '周五');
  await expect(page.getByTestId('ledger-total')).toHaveText('共 1 人');
  await pickOption(page, page.getByRole('combobox', { name: '透析方式' }), '腹透');
  await expect(page.getByTestId('ledger-total')).toHaveText('共 0 人');
});
