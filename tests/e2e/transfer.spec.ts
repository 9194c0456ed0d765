import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { idCheckChar } from '../../shared/domain/idNumber';
import { expect, test, type BrowserModeApp } from './fixtures';

const fixtures = path.resolve(import.meta.dirname, '../../../shared/fixtures');
const HUDONG = path.join(fixtures, '孕产妇台账-湖东社区.xlsx');
const DIALYSIS = path.join(fixtures, '透析患者台账-新月路社区.xlsx');

/** Row 15's ID number with its check character put right. */
const ROW_15_FIXED = (() => {
  const first17 = '22010619890812838';
  return first17 + idCheckChar(first17);
})();

async function chooseFile(page: Page, file: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /选择 Excel 或 CSV 文件/ }).click();
  await (await chooser).setFiles(file);
}

const body = (page: Page) => page.getByTestId('wizard-body');
const count = (page: Page, status: string) => page.getByTestId(`count-${status}`).locator('.ant-statistic-content');
const previewRow = (page: Page, row: number) =>
  page
    .getByTestId('preview-rows')
    .locator('tbody tr.ant-table-row')
    .filter({ has: page.locator('td:nth-child(2)', { hasText: new RegExp(`^${row}$`) }) });

async function entryTotal(app: BrowserModeApp, kind = 'pregnant'): Promise<number> {
  const list = await app.api<{ total: number }>('entries.list', { kind, status: '全部' });
  expect(list.ok, list.message).toBe(true);
  return list.value!.total;
}

/** 值对应 for a file whose option columns hold only the options themselves: nothing to decide. */
async function noValuesToMap(page: Page): Promise<void> {
  await page.getByRole('button', { name: '下一步：值对应' }).click();
  await expect(page.getByTestId('values-none')).toContainText('没有需要对应的值', { timeout: 60_000 });
}

/** Steps 2, 3 and 4 as suggested, up to the preview's counts. */
async function throughToPreview(page: Page): Promise<void> {
  await page.getByRole('button', { name: '下一步：核对列' }).click();
  await noValuesToMap(page);
  await page.getByRole('button', { name: '下一步：预览与校验' }).click();
  await expect(page.getByTestId('count-new')).toBeVisible();
}

test('the 湖东 workbook goes in through the wizard: 37 new, 2 errors, 1 duplicate; then the import is undone', async ({
  page,
  app,
}) => {
  await page.setViewportSize({ width: 1366, height: 1000 });
  await page.goto(`${app.url}#/transfer`);
  await expect(page.getByRole('menuitem', { name: /导入导出/ })).toBeVisible();
  await chooseFile(page, HUDONG);

  // 工作表: the kind the headers point to, the one sheet with its rows and community.
  await expect(body(page)).toContainText('按表头判断为此台账');
  await expect(body(page).locator('.ant-select').first()).toContainText('孕产妇');
  const sheet = body(page).getByRole('row', { name: /孕产妇台账/ });
  await expect(sheet.getByTestId('rows-孕产妇台账')).toHaveText('40 行');
  await expect(sheet).toContainText('第 3 行');
  await expect(sheet).toContainText('填报日期：2022年4月18日');
  await expect(page.getByRole('combobox', { name: '社区 孕产妇台账' })).toHaveValue('湖东社区');
  await expect(page.getByRole('checkbox', { name: '导入工作表 孕产妇台账' })).toBeChecked();

  // 核对列: 身份证号码 is the ID number, 孕周 is not imported (it changes every day).
  await page.getByRole('button', { name: '下一步：核对列' }).click();
  const columns = page.getByTestId('columns-孕产妇台账');
  await expect(columns.getByRole('row', { name: /身份证号码/ })).toContainText('身份证号');
  const weeks = columns.getByRole('row', { name: /^孕周/ });
  await expect(weeks).toContainText('不导入');
  await expect(weeks).toContainText('孕周每天变化');
  await expect(columns.getByRole('row', { name: /^姓名/ })).toContainText('何桂英'); // the samples
  await expect(page.getByRole('radio', { name: '用表中非空的值覆盖' })).toBeChecked();

  // 值对应: every 妊娠风险等级 is one of the five colours, so nothing to decide; Enter goes on.
  await noValuesToMap(page);
  await expect(page.locator('.ant-steps-item-process')).toContainText('值对应');
  await page.keyboard.press('Enter');

  // 预览与校验: nothing written yet.
  await expect(count(page, 'new')).toContainText('37');
  await expect(count(page, 'error')).toContainText('2');
  await expect(count(page, 'duplicate')).toContainText('1');
  await expect(page.getByTestId('new-places')).toContainText('湖东社区');
  await expect(previewRow(page, 6)).toContainText('有错误');
  await expect(previewRow(page, 6)).toContainText('末尾是 000');
  await expect(previewRow(page, 15)).toContainText('有错误');
  await expect(previewRow(page, 15)).toContainText('校验位不对');
  await expect(previewRow(page, 8)).toContainText('重复');
  await expect(previewRow(page, 8)).toContainText('第 18 行相同');
  await expect(page.getByTestId('preview-rows').locator('tbody tr.ant-table-row')).toHaveCount(3);
  expect(await entryTotal(app)).toBe(0);

  // 导入: a confirmation saying what will happen, then the result.
  await page.getByRole('button', { name: '导入 37 人' }).click();
  const confirm = page.getByTestId('commit-confirm');
  await expect(confirm).toContainText('新增 37 人');
  await expect(confirm).toContainText('更新 0 人');
  await expect(confirm).toContainText('跳过 3 行');
  await page.getByRole('button', { name: '开始导入' }).click();
  await expect(page.getByText('导入完成')).toBeVisible();
  await expect(page.getByTestId('result-inserted')).toContainText('37');
  await expect(page.getByTestId('result-skipped')).toContainText('3');
  expect(await entryTotal(app)).toBe(37);
  const batches = page.getByTestId('batches');
  await expect(batches.getByRole('row', { name: /孕产妇台账-湖东社区\.xlsx/ })).toContainText('已导入');

  // 撤销本次导入: the 37 entries go, and the community the import made.
  await page.getByRole('button', { name: '撤销本次导入' }).click();
  await expect(page.getByRole('tooltip')).toContainText('本次新增的 37 人将被删除。');
  await page.getByRole('tooltip').getByRole('button', { name: '撤销', exact: true }).click();
  await expect(page.getByText('已撤销本次导入：删除 37 人')).toBeVisible();
  await expect(page.getByRole('button', { name: '撤销本次导入' })).toHaveCount(0);
  await expect(batches.getByRole('row', { name: /孕产妇台账-湖东社区\.xlsx/ })).toContainText('已撤销');
  expect(await entryTotal(app)).toBe(0);
  const communities = await app.api<unknown[]>('communities.list');
  expect(communities.value).toEqual([]);

  // 再导入一个文件 goes back to the start.
  await page.getByRole('button', { name: '再导入一个文件' }).click();
  await expect(page.getByRole('button', { name: /选择 Excel 或 CSV 文件/ })).toBeVisible();
});

test('row 15 is fixed in place during the preview: 38 new after the edit, and it is imported', async ({
  page,
  app,
}) => {
  expect(ROW_15_FIXED).toBe('220106198908128380');
  await page.goto(`${app.url}#/transfer?kind=pregnant`);
  await chooseFile(page, HUDONG);
  await throughToPreview(page);
  await expect(count(page, 'new')).toContainText('37');

  await previewRow(page, 15).getByRole('button', { name: '修改第 15 行“身份证号码”' }).click();
  const dialog = page.getByRole('dialog', { name: '修改第 15 行的“身份证号码”' });
  const input = dialog.getByRole('textbox', { name: '身份证号码' });
  await expect(input).toHaveValue('220106198908128381');
  await expect(dialog).toContainText('最后一位应为 0');
  // A still-wrong value keeps the dialog open with the new message.
  await input.fill('22010619890812838');
  await dialog.getByRole('button', { name: '保存并重新校验' }).click();
  await expect(dialog.getByRole('alert')).not.toContainText('最后一位应为 0');
  await expect(dialog).toBeVisible();
  await input.fill(ROW_15_FIXED);
  await input.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(count(page, 'new')).toContainText('38');
  await expect(count(page, 'error')).toContainText('1');
  await expect(previewRow(page, 15)).toHaveCount(0);

  // Row 6 is left out on purpose, and brought back.
  await previewRow(page, 6).getByRole('button', { name: '不导入此行' }).click();
  await expect(count(page, 'excluded')).toContainText('1');
  await expect(count(page, 'error')).toContainText('0');
  await page.getByRole('radiogroup', { name: '显示哪些行' }).getByText('已排除 1').click();
  await previewRow(page, 6).getByRole('button', { name: '恢复' }).click();
  await expect(count(page, 'error')).toContainText('1');
  await expect(count(page, 'excluded')).toContainText('0');

  await page.getByRole('button', { name: '导入 38 人' }).click();
  await page.getByRole('button', { name: '开始导入' }).click();
  await expect(page.getByTestId('result-inserted')).toContainText('38');
  expect(await entryTotal(app)).toBe(38);
  const found = await app.api<{ total: number; rows: { name: string }[] }>('entries.list', {
    kind: 'pregnant',
    q: '侯婷婷',
  });
  expect(found.value!.rows.map((r) => r.name)).toEqual(['侯婷婷']);

  // 查看台账 opens the ledger with them.
  await page.getByRole('button', { name: '查看台账' }).click();
  await expect(page.getByTestId('ledger-total')).toHaveText('共 38 人');
});

test('a text file named .xlsx is refused with a clear message and the wizard stays on its first step', async ({
  page,
  app,
}) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-fake-'));
  const fake = path.join(dir, '孕产妇台账.xlsx');
  fs.writeFileSync(fake, '姓名,身份证号\n王芳,220104198503204944\n这不是 Excel 文件\n');
  try {
    await page.goto(`${app.url}#/transfer`);
    await chooseFile(page, fake);
    const error = page.getByTestId('file-error');
    await expect(error).toContainText('无法导入这个文件');
    await expect(error).toContainText('文件已损坏或不是 .xlsx 格式');
    await expect(error).toContainText('另存为 .xlsx');
    await expect(page.locator('.ant-steps-item-process')).toContainText('选择文件');
    await expect(page.getByRole('button', { name: '下一步：核对列' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /选择 Excel 或 CSV 文件/ })).toBeEnabled();
    const batches = await app.api<unknown[]>('imports.batches');
    expect(batches.value).toEqual([]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('the dialysis workbook, reached from its ledger’s 导入 button: 15 new, no errors', async ({ page, app }) => {
  await page.goto(`${app.url}#/ledgers/dialysis`);
  await page.getByRole('button', { name: '导入' }).click();
  await expect(page).toHaveURL(/#\/transfer\?kind=dialysis$/);
  await expect(body(page).locator('.ant-select').first()).toContainText('透析患者');
  await chooseFile(page, DIALYSIS);
  await expect(body(page).locator('.ant-select').first()).toContainText('透析患者');
  await expect(body(page).getByTestId('rows-透析患者')).toHaveText('15 行');
  await expect(page.getByRole('combobox', { name: '社区 透析患者' })).toHaveValue('新月路社区');
  await page.getByRole('button', { name: '下一步：核对列' }).click();
  const columns = page.getByTestId('columns-透析患者');
  await expect(columns.getByRole('row', { name: /^公民身份号码/ })).toContainText('身份证号');
  await expect(columns.getByRole('row', { name: /^透析频次/ })).toContainText('透析日');
  await noValuesToMap(page);
  await page.getByRole('button', { name: '下一步：预览与校验' }).click();
  await expect(count(page, 'new')).toContainText('15');
  await expect(count(page, 'error')).toContainText('0');
  await expect(count(page, 'duplicate')).toContainText('0');
  await page.getByRole('button', { name: '导入 15 人' }).click();
  await page.getByRole('button', { name: '开始导入' }).click();
  await expect(page.getByTestId('result-inserted')).toContainText('15');
  expect(await entryTotal(app, 'dialysis')).toBe(15);

  // Work done on an imported entry since: the server refuses to undo, and the page says why.
  const first = await app.api<{ rows: { id: number }[] }>('entries.list', { kind: 'dialysis', limit: 1 });
  const service = await app.api('services.add', {
    entryId: first.value!.rows[0]!.id,
    at: '2099-01-01 09:30',
    type: '走访',
    content: '上门走访',
  });
  expect(service.ok, service.message).toBe(true);
  await page.getByRole('button', { name: '撤销本次导入' }).click();
  await page.getByRole('tooltip').getByRole('button', { name: '撤销', exact: true }).click();
  await expect(body(page).getByRole('alert').filter({ hasText: '不能撤销' })).toContainText('不能整体撤销');
  expect(await entryTotal(app, 'dialysis')).toBe(15);
});

test('值对应: a value that is no option is decided before the preview, and remembered for the next import', async ({
  page,
  app,
}) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-values-'));
  const id = (first17: string) => first17 + idCheckChar(first17);
  const file = path.join(dir, '透析患者.csv');
  fs.writeFileSync(
    file,
    [
      '姓名,身份证号,社区,透析方式',
      `许桂英,${id('22010519870814214')},新月路社区,血透`,
      `郭军,${id('22010519501224979')},新月路社区,血液透析`,
      `王强,${id('22010519600101001')},新月路社区,肾移植`,
    ].join('\n'),
  );
  try {
    await page.goto(`${app.url}#/transfer?kind=dialysis`);
    await chooseFile(page, file);
    await page.getByRole('button', { name: '下一步：核对列' }).click();
    await page.getByRole('button', { name: '下一步：值对应' }).click();
    const column = page.getByTestId('values-fields.dialysisType');
    await expect(column.getByRole('row', { name: /肾移植/ })).toContainText('待选择');

    // Not decided yet: the step says what is missing and stays.
    await page.getByRole('button', { name: '下一步：预览与校验' }).click();
    await expect(page.getByText(/还有 1 个值没有选择对应的选项/)).toBeVisible();
    await expect(page.locator('.ant-steps-item-process')).toContainText('值对应');

    const select = page.getByRole('combobox', { name: '“透析方式”中的“肾移植”对应为' });
    await select.click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '保存在其他信息' }).click();
    await expect(page.getByTestId('values-open')).toHaveCount(0);
    await page.getByRole('button', { name: '下一步：预览与校验' }).click();
    await expect(count(page, 'new')).toContainText('3');
    await expect(count(page, 'error')).toContainText('0');
    await page.getByRole('button', { name: '导入 3 人' }).click();
    await page.getByRole('button', { name: '开始导入' }).click();
    await expect(page.getByTestId('result-inserted')).toContainText('3');

    type Row = { name: string; fields: Record<string, unknown>; extra: Record<string, string> };
    const rows = (await app.api<{ rows: Row[] }>('entries.list', { kind: 'dialysis', status: '全部' })).value!.rows;
    const byName = (name: string) => rows.find((r) => r.name === name)!;
    expect(byName('郭军').fields.dialysisType).toBe('血透');
    expect(byName('王强').fields.dialysisType).toBeUndefined();
    expect(Object.values(byName('王强').extra)).toContain('肾移植');

    // The same file again: the choice is remembered.
    await page.getByRole('button', { name: '再导入一个文件' }).click();
    await chooseFile(page, file);
    await page.getByRole('button', { name: '下一步：核对列' }).click();
    await page.getByRole('button', { name: '下一步：值对应' }).click();
    await expect(page.getByTestId('values-none').or(column)).toBeVisible();
    // Listed as remembered, or kept in 其他信息 without asking: either way nothing is left to decide.
    await expect(page.getByTestId('values-open')).toHaveCount(0);
    await expect(column.getByRole('row', { name: /肾移植/ }).filter({ hasText: '待选择' })).toHaveCount(0);
    await page.getByRole('button', { name: '下一步：预览与校验' }).click();
    await expect(page.locator('.ant-steps-item-process')).toContainText('预览与校验');
    await expect(count(page, 'error')).toContainText('0');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

/** An import through the API, as the wizard makes it, to give the ledger something to export. */
async function importByApi(page: Page, app: BrowserModeApp, file: string, kind: string): Promise<void> {
  const upload = await page.request.post(`${app.origin}/files/upload?name=${encodeURIComponent(path.basename(file))}`, {
    headers: { 'X-Ledger-Token': app.token, 'Content-Type': 'application/octet-stream' },
    data: fs.readFileSync(file),
  });
  const staged = (await upload.json()) as { value: { fileId: string } };
  const started = await app.api<{ importId: string }>('imports.start', { fileId: staged.value.fileId });
  const importId = started.value!.importId;
  const analysis = await app.api<{
    sheets: { name: string; fits: boolean; mapping: unknown[]; community: string | null }[];
  }>('imports.analysis', { importId, kind });
  const sheets = analysis
    .value!.sheets.filter((s) => s.fits)
    .map((s) => ({ name: s.name, mapping: s.mapping, community: s.community }));
  expect((await app.api('imports.preview', { importId, kind, sheets })).ok).toBe(true);
  const committed = await app.api('imports.commit', { importId });
  expect(committed.ok, committed.message).toBe(true);
  await app.api('imports.close', { importId });
}

test('导出 on the 重点人群 page downloads the current view, and a blank template', async ({ page, app }) => {
  await importByApi(page, app, HUDONG, 'pregnant');
  await page.goto(`${app.url}#/ledgers/pregnant`);
  await expect(page.getByTestId('ledger-total')).toHaveText('共 37 人');

  await page.getByRole('button', { name: /导出/ }).click();
  await page.getByRole('menuitem', { name: '导出当前视图…' }).click();
  const dialog = page.getByRole('dialog', { name: '导出孕产妇台账' });
  await expect(dialog).toContainText('共 37 人');
  await expect(dialog.getByRole('checkbox', { name: /隐藏身份证号/ })).toBeChecked();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: '导出' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/孕产妇台账-\d{8}\.xlsx$/);
  const saved = await file.path();
  expect(fs.readFileSync(saved).subarray(0, 2).toString()).toBe('PK');
  await expect(dialog).toHaveCount(0);

  const template = page.waitForEvent('download');
  await page.getByRole('button', { name: /导出/ }).click();
  await page.getByRole('menuitem', { name: '下载空白模板' }).click();
  expect((await template).suggestedFilename()).toBe('孕产妇台账-空白模板.xlsx');
});

test('风险等级 sorts by the order of its levels', async ({ page, app }) => {
  await importByApi(page, app, HUDONG, 'pregnant');
  await page.goto(`${app.url}#/ledgers/pregnant`);
  await expect(page.getByTestId('ledger-total')).toHaveText('共 37 人');
  const header = page.getByRole('columnheader', { name: '风险等级' });
  await header.click();
  const firstRow = page.locator('.ant-table-tbody-virtual .ant-table-row').first();
  await expect(firstRow).toContainText('绿');
  await header.click();
  await expect(firstRow).not.toContainText('绿');
});

test('a workbook of three community sheets: every sheet offered, the woman who moved counted once, in her new community', async ({
  page,
  app,
}) => {
  // Asked from the dialysis ledger, but the headers say 孕产妇: the wizard follows them and says so.
  await page.goto(`${app.url}#/transfer?kind=dialysis`);
  await chooseFile(page, path.join(fixtures, '孕产妇台账-三社区汇总.xlsx'));
  const kindSelect = body(page).locator('.ant-select').first();
  await expect(kindSelect).toContainText('孕产妇');
  await expect(body(page)).toContainText('按表头判断，这是“孕产妇”台账（您原先选的是“透析患者”）');
  for (const name of ['湖东社区', '新月路社区', '柳影社区']) {
    await expect(page.getByRole('checkbox', { name: `导入工作表 ${name}` })).toBeChecked();
    await expect(body(page).getByTestId(`rows-${name}`)).toHaveText('8 行');
  }
  await expect(
    body(page)
      .getByRole('row')
      .filter({ has: page.getByTestId('rows-湖东社区') }),
  ).toContainText('按表中“所属社区”列');

  // Changing the kind maps the columns again; changing it back too.
  await page.getByRole('combobox', { name: '台账类型' }).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '透析患者' }).click();
  await expect(kindSelect).toContainText('透析患者');
  await expect(body(page)).not.toContainText('按表头判断');
  await page.getByRole('combobox', { name: '台账类型' }).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '孕产妇' }).click();
  await expect(body(page)).toContainText('（按表头判断为此台账）');

  await page.getByRole('button', { name: '下一步：核对列' }).click();
  await expect(page.getByRole('tab')).toHaveText(['工作表：湖东社区', '工作表：新月路社区', '工作表：柳影社区']);
  await noValuesToMap(page);
  await page.getByRole('button', { name: '下一步：预览与校验' }).click();
  await expect(count(page, 'new')).toContainText('23');
  await expect(count(page, 'duplicate')).toContainText('1');
  await expect(count(page, 'error')).toContainText('0');
  const moved = page.getByTestId('preview-rows').locator('tbody tr.ant-table-row', { hasText: '重复' });
  await expect(moved).toContainText('湖东社区');
  await expect(moved).toContainText('迁至柳影社区');

  await page.getByRole('button', { name: '导入 23 人' }).click();
  await page.getByRole('button', { name: '开始导入' }).click();
  await expect(page.getByTestId('result-inserted')).toContainText('23');
  const inCommunity = async (community: string) =>
    (await app.api<{ total: number }>('entries.list', { kind: 'pregnant', community })).value!.total;
  expect([await inCommunity('湖东社区'), await inCommunity('新月路社区'), await inCommunity('柳影社区')]).toEqual([
    7, 8, 8,
  ]);
});

/** A CSV of `count` valid, distinct people, all of 湖东社区. */
function bigCsv(dir: string, count: number): string {
  const lines = ['姓名,身份证号,联系电话,社区'];
  for (let i = 0; i < count; i++) {
    const month = String(1 + (Math.floor(i / 28) % 12)).padStart(2, '0');
    const day = String(1 + (i % 28)).padStart(2, '0');
    const sequence = String(Math.floor(i / 336) % 1000).padStart(3, '0');
    const first17 = `220104${1960 + Math.floor(i / 336_000)}${month}${day}${sequence}`;
    lines.push(`人员${i},${first17}${idCheckChar(first17)},1390431${String(i % 10_000).padStart(4, '0')},湖东社区`);
  }
  const file = path.join(dir, '大表.csv');
  fs.writeFileSync(file, lines.join('\n'));
  return file;
}

test('a big file shows its progress, and 取消 while writing leaves the ledger as it was', async ({ page, app }) => {
  test.setTimeout(120_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-big-'));
  try {
    await page.goto(`${app.url}#/transfer?kind=pregnant`);
    await chooseFile(page, bigCsv(dir, 50_000));
    await expect(page.getByRole('button', { name: '下一步：核对列' })).toBeVisible({ timeout: 60_000 });
    await page.getByRole('button', { name: '下一步：核对列' }).click();
    await noValuesToMap(page);
    await page.getByRole('button', { name: '下一步：预览与校验' }).click();
    await expect(count(page, 'new')).toContainText('50,000', { timeout: 60_000 });

    await page.getByRole('button', { name: '导入 50000 人' }).click();
    await page.getByRole('button', { name: '开始导入' }).click();
    await expect(page.getByTestId('import-progress')).toContainText('正在写入台账');
    await page.getByRole('button', { name: '取消' }).click();
    await expect(page.getByText('已取消，数据没有任何改动')).toBeVisible({ timeout: 60_000 });
    expect(await entryTotal(app)).toBe(0);
    expect((await app.api<unknown[]>('imports.batches')).value).toEqual([]);
    expect((await app.api<unknown[]>('communities.list')).value).toEqual([]);

    await page.getByRole('button', { name: '再导入一个文件' }).click();
    await expect(page.getByRole('button', { name: /选择 Excel 或 CSV 文件/ })).toBeEnabled();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
