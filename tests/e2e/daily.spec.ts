import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { addDays, todayText } from '../../shared/domain/dates';
import { womanId } from '../unit/ids';
import { expect, test, type BrowserModeApp } from './fixtures';

async function ok<T>(app: BrowserModeApp, method: string, input: unknown): Promise<T> {
  const result = await app.api<T>(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.code} ${result.message}`);
  return result.value as T;
}

/** All cell texts of a sheet. */
function texts(sheet: ExcelJS.Worksheet): string[] {
  const out: string[] = [];
  sheet.eachRow((row) => row.eachCell((cell) => void out.push(String(cell.value))));
  return out;
}

test('统计 → 日报 shows the day per community with 合计, exports it as .xlsx and prints it on A4', async ({
  page,
  app,
}) => {
  const date = todayText(new Date());
  await ok(app, 'settings.update', { streetName: '永长街道' });
  const ids: Record<string, number> = {};
  for (const name of ['湖东社区', '柳影社区'])
    ids[name] = (await ok<{ id: number }>(app, 'communities.add', { name })).id;
  // Three women due within 14 days: two in 湖东社区, one in 柳影社区.
  for (const [n, community, days] of [
    [1, '湖东社区', 5],
    [2, '湖东社区', 9],
    [3, '柳影社区', 3],
  ] as const) {
    await ok(app, 'entries.add', {
      kind: 'pregnant',
      name: `孕妇${'甲乙丙'[n - 1]}`,
      idNumber: womanId('19950302', n),
      phones: '13912345678',
      community,
      fields: { dueDate: addDays(date, days), riskLevel: '绿' },
    });
  }
  const item = await ok<{ id: number }>(app, 'tallies.addItem', { name: '敲门入户', unit: '户' });
  await ok(app, 'tallies.save', {
    date,
    cells: [
      { communityId: ids['湖东社区'], itemId: item.id, value: 12 },
      { communityId: ids['柳影社区'], itemId: item.id, value: 5 },
    ],
  });

  await page.goto(`${app.url}#/stats`);
  await page.getByRole('tab', { name: '日报' }).click();
  const table = page.getByTestId('daily-report');
  await expect(table.getByRole('columnheader', { name: '敲门入户(户)' })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: '临近预产期' })).toBeVisible();
  const east = table.locator('tbody tr').filter({ hasText: '湖东社区' });
  const total = table.locator('tbody tr').filter({ hasText: '合计' });
  // 孕产妇 在册 is the first figure, the tally the last.
  await expect(east.locator('td').nth(1)).toHaveText('2');
  await expect(east.locator('td').last()).toHaveText('12');
  await expect(total.locator('td').nth(1)).toHaveText('3');
  await expect(total.locator('td').last()).toHaveText('17');

  await page.getByLabel('填报人').fill('李明');
  await page.getByLabel('审核人').fill('王芳');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /导出 Excel/ }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`永长街道日报-${date.replaceAll('-', '')}.xlsx`);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await file.path());
  const others = workbook.getWorksheet('其他指标')!;
  expect(String(others.getCell('A2').value)).toBe('填报单位：永长街道');
  expect(texts(others)).toEqual(
    expect.arrayContaining([`日期：${date}`, '填报人：李明', '审核人：王芳', '合计', '17']),
  );
  const pregnant = workbook.getWorksheet('孕产妇')!;
  expect((pregnant.getRow(6).values as unknown[]).slice(1)).toEqual(['合计', '', 3, 3, 0]);

  // The names typed in are remembered for the next visit.
  await page.reload();
  await expect(page.getByLabel('填报人')).toHaveValue('李明');

  await page.goto(
    `${app.url}#/print/daily-report?date=${date}&preparer=${encodeURIComponent('李明')}&reviewer=${encodeURIComponent('王芳')}`,
  );
  await expect(page.locator('body[data-print-ready="1"]')).toHaveCount(1);
  await expect(page.getByRole('heading', { name: '日报' })).toBeVisible();
  await expect(page.getByText('填报单位：永长街道')).toBeVisible();
  await expect(page.locator('.print-page thead th').first()).toHaveText('社区');
  await expect(page.locator('.print-page tbody tr').filter({ hasText: '合计' }).locator('td').last()).toHaveText('17');

  const pdf = await page.pdf({ preferCSSPageSize: true });
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'daily-pdf-')), 'daily.pdf');
  fs.writeFileSync(out, pdf);
  const pages = execFileSync('pdftotext', ['-layout', out, '-'])
    .toString('utf8')
    .split('\f')
    .filter((p) => p.trim());
  expect(pages).toHaveLength(1);
  expect(pages[0]).toContain('日报');
  expect(pages[0]).toContain('永长街道');
  expect(pages[0]).toContain('填报人：李明');
  expect(pages[0]).toContain('17');
  // Landscape: the page is wider than tall.
  const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
  expect(Number(box![1])).toBeGreaterThan(Number(box![2]));
});
