import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { addDays, todayText } from '../../shared/domain/dates';
import { expect, test, type BrowserModeApp } from './fixtures';

async function ok<T>(app: BrowserModeApp, method: string, input: unknown): Promise<T> {
  const result = await app.api<T>(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.code} ${result.message}`);
  return result.value as T;
}

const today = () => todayText(new Date());

const CADRES: [string, string, string][] = [
  ['王芳', '13900000001', '区卫健局'],
  ['李强', '13900000002', '区卫健局'],
  ['张伟', '13900000003', '区城市管理局'],
  ['赵敏', '13900000004', '区人社局'],
  ['陈静', '13900000005', '区委组织部'],
];

/**
 * Puts people into the registry: through cadres.add once the registry has it, otherwise through
 * a walk-in on an earlier day (which also adds them to the registry).
 */
async function seed(app: BrowserModeApp, people: [string, string, string][]) {
  for (const [name, phone, unit] of people) {
    const added = await app.api('cadres.add', { name, phone, unit, community: '湖东社区' });
    if (!added.ok)
      await ok(app, 'signins.walkIn', {
        name,
        phone,
        unit,
        community: '湖东社区',
        day: addDays(today(), -3),
        time: '08:00',
      });
  }
}

test.beforeEach(async ({ app }) => {
  await ok(app, 'communities.add', { name: '湖东社区' });
  await ok(app, 'settings.update', { streetName: '永长街道' });
});

test('a day of sign-ins runs from the keyboard: three in, one twice, one out', async ({ page, app }) => {
  await seed(app, CADRES);
  await page.goto(`${app.url}#/cadres/signin`);
  const box = page.getByRole('textbox', { name: '签到输入' });
  await expect(box).toBeFocused();
  const status = page.getByTestId('signin-status');

  // Pinyin initials, a phone number, a name.
  const typedNames: [string, string][] = [
    ['wf', '王芳'],
    ['13900000002', '李强'],
    ['张伟', '张伟'],
  ];
  for (const [typed, name] of typedNames) {
    await page.keyboard.type(typed);
    await expect(page.getByRole('listitem').filter({ hasText: name }).first()).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(status).toContainText(`${name}（`);
    await expect(status).toContainText('签到成功');
    await expect(box).toHaveValue('');
  }

  await page.keyboard.type('wf');
  await page.keyboard.press('Enter');
  await expect(status).toContainText('王芳今天已经在');
  await expect(status).toContainText('签到了');
  await page.keyboard.press('Escape');

  // Alt+S switches to 签退.
  await page.keyboard.press('Alt+KeyS');
  await expect(page.getByRole('textbox', { name: '签到输入' })).toHaveAttribute('placeholder', /回车签退/);
  await page.keyboard.type('lq');
  await page.keyboard.press('Enter');
  await expect(status).toContainText('李强（区卫健局）');
  await expect(status).toContainText('签退成功');

  await expect(page.getByText('已签到 3 人（已签退 1 人）')).toBeVisible();
  await expect(page.getByText('未签到 2 人')).toBeVisible();
  const day = await ok<{ rows: { name: string; signedOut: string | null }[]; missing: { name: string }[] }>(
    app,
    'signins.day',
    {
      day: today(),
      community: '湖东社区',
    },
  );
  expect(day.rows.map((r) => r.name).sort()).toEqual(['张伟', '李强', '王芳'].sort());
  expect(day.rows.filter((r) => r.signedOut).map((r) => r.name)).toEqual(['李强']);
  expect(day.missing.map((m) => m.name).sort()).toEqual(['赵敏', '陈静'].sort());
});

test('the sign-in sheet prints on A4 with the header on every page', async ({ page, app }) => {
  const many: [string, string, string][] = Array.from({ length: 26 }, (_, i) => [
    `干部${String.fromCharCode(0x4e00 + i * 7)}${i}`,
    `1390000${String(i + 10).padStart(4, '0')}`,
    i % 2 ? '区卫健局' : '市交通国有资产经营有限公司',
  ]);
  await seed(app, many);
  const day = today();
  await page.goto(
    `${app.url}#/print/signin-sheet?day=${day}&community=${encodeURIComponent('湖东社区')}&post=${encodeURIComponent('卡点值守')}`,
  );
  await expect(page.locator('body[data-print-ready="1"]')).toHaveCount(1);
  // The post filter keeps only people of that post: none yet, so only blank rows.
  await expect(page.locator('.print-page tbody tr')).toHaveCount(8);

  await page.goto(`${app.url}#/print/signin-sheet?day=${day}&community=${encodeURIComponent('湖东社区')}`);
  await expect(page.locator('body[data-print-ready="1"]')).toHaveCount(1);
  await expect(page.getByRole('heading', { name: '永长街道湖东社区下沉干部签到表' })).toBeVisible();
  await expect(page.getByText('应到 26 人')).toBeVisible();
  await expect(page.locator('.print-page tbody tr')).toHaveCount(26 + 8);

  const pdf = await page.pdf({ format: 'A4' });
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'signin-pdf-')), 'sheet.pdf');
  fs.writeFileSync(file, pdf);
  // pdftotext separates pages with a form feed.
  const pages = execFileSync('pdftotext', ['-layout', file, '-'])
    .toString('utf8')
    .split('\f')
    .filter((p) => p.trim());
  expect(pages).toHaveLength(2);
  for (const text of pages) {
    expect(text).toContain('签到签名');
    expect(text).toContain('签退签名');
  }
  expect(pages[0]).toContain('永长街道湖东社区下沉干部签到表');
});

test('the attendance report exports one sheet per unit', async ({ page, app }) => {
  await seed(app, CADRES);
  const found = await ok<{ cadreId: number }[]>(app, 'signins.find', { q: '王芳', day: today() });
  await ok(app, 'signins.signIn', { cadreId: found[0]!.cadreId, day: today(), time: '08:00' });

  await page.goto(`${app.url}#/cadres/attendance`);
  await expect(page.locator('[aria-label="按派出单位"]').first()).toContainText('区卫健局');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /导出/ }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^下沉干部考勤统计-.*\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await file.path());
  expect(workbook.worksheets[0]!.name).toBe('汇总');
  expect(workbook.worksheets.map((s) => s.name)).toContain('区卫健局');
});
