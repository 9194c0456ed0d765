/**
 * Ledgers as offices keep them, through the wizard: an .xls saved by LibreOffice with its 所属社区
 * column merged down over each community's rows, and an .xls whose 透析方式 holds a value that is
 * no option, decided in 值对应. What the ledger must hold comes from the corpus's truth files.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const corpus = path.resolve(import.meta.dirname, '../corpus');

interface TruthEntry {
  name: string;
  community: string;
  grid: string | null;
  fields: Record<string, unknown>;
  extra: Record<string, string>;
}
const truth = (file: string) =>
  JSON.parse(fs.readFileSync(path.join(corpus, `${file}.truth.json`), 'utf8')) as { entries: TruthEntry[] };

async function chooseFile(page: Page, file: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /选择 Excel 或 CSV 文件/ }).click();
  await (await chooser).setFiles(file);
}

const count = (page: Page, status: string) => page.getByTestId(`count-${status}`).locator('.ant-statistic-content');

async function commitAll(page: Page, expected: number): Promise<void> {
  await page.getByRole('button', { name: `导入 ${expected} 人` }).click();
  await page.getByRole('button', { name: '开始导入' }).click();
  await expect(page.getByTestId('result-inserted')).toContainText(String(expected));
}

test('an .xls with 所属社区 merged down: every row gets its community, marked in the preview, and the ledger shows them', async ({
  page,
  app,
}) => {
  const file = 'lo-merged-community.xls';
  const expected = truth(file).entries;
  await page.setViewportSize({ width: 1366, height: 1000 });
  await page.goto(`${app.url}#/transfer?kind=dialysis`);
  await chooseFile(page, path.join(corpus, file));
  await page.getByRole('button', { name: '下一步：核对列' }).click();
  await page.getByRole('button', { name: '下一步：值对应' }).click();
  await expect(page.getByTestId('values-none')).toBeVisible({ timeout: 60_000 });
  await page.getByRole('button', { name: '下一步：预览与校验' }).click();
  await expect(count(page, 'new')).toContainText(String(expected.length));
  await expect(count(page, 'error')).toContainText('0');

  // Every row shows; those whose community came from the merged cell say so.
  await page.getByRole('radiogroup', { name: '显示哪些行' }).getByText(/^全部/).click();
  const marked = page.getByTestId('preview-rows').getByTestId('cell-marks');
  await expect(marked.first()).toContainText('来自合并单元格');
  expect(await marked.count()).toBeGreaterThan(0);
  await commitAll(page, expected.length);

  // The ledger: each person in the community the merged cell gave.
  await page.goto(`${app.url}#/ledgers/dialysis`);
  for (const entry of expected.slice(0, 4)) {
    const row = page.locator('.ant-table-row', { hasText: entry.name });
    await expect(row.first()).toContainText(entry.community);
  }
  type Row = { name: string; community: string; grid: string | null };
  const rows = (await app.api<{ rows: Row[] }>('entries.list', { kind: 'dialysis', status: '全部', limit: 500 })).value!
    .rows;
  expect(Object.fromEntries(rows.map((r) => [r.name, [r.community, r.grid]]))).toEqual(
    Object.fromEntries(expected.map((e) => [e.name, [e.community, e.grid]])),
  );
});

test('an .xls with an unknown 透析方式: 值对应 asks, the choice is applied, full names are read as options', async ({
  page,
  app,
}) => {
  const file = 'lo-options-dialysis.xls';
  const expected = truth(file).entries;
  await page.goto(`${app.url}#/transfer?kind=dialysis`);
  await chooseFile(page, path.join(corpus, file));
  await page.getByRole('button', { name: '下一步：核对列' }).click();
  // 就诊医院 is the dialysis hospital.
  await expect(page.getByRole('row', { name: /^就诊医院/ })).toContainText('透析医院');
  await page.getByRole('button', { name: '下一步：值对应' }).click();
  const column = page.getByTestId('values-fields.dialysisType');
  await expect(column.getByRole('row', { name: /血液灌流/ })).toContainText('待选择');
  // 血液透析, HD, CAPD … are words of the options: nothing to ask about them.
  await expect(column.getByRole('row', { name: /血液透析|CAPD/ })).toHaveCount(0);
  await page.getByRole('combobox', { name: '“透析方式”中的“血液灌流”对应为' }).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '保存在其他信息' }).click();
  await page.getByRole('button', { name: '下一步：预览与校验' }).click();
  await expect(count(page, 'error')).toContainText('0');
  await commitAll(page, expected.length);

  type Row = { name: string; fields: Record<string, unknown>; extra: Record<string, string> };
  const rows = (await app.api<{ rows: Row[] }>('entries.list', { kind: 'dialysis', status: '全部', limit: 500 })).value!
    .rows;
  const byName = new Map(rows.map((r) => [r.name, r]));
  for (const entry of expected) {
    expect(byName.get(entry.name)?.fields.dialysisType, entry.name).toBe(entry.fields.dialysisType);
    expect(byName.get(entry.name)?.fields.dialysisHospital, entry.name).toBe(entry.fields.dialysisHospital);
  }
  expect(rows.some((r) => Object.values(r.extra).includes('血液灌流'))).toBe(true);
});
