import { addDays, isoWeekday, todayText } from '../../shared/domain/dates';
import { idCheckChar } from '../../shared/domain/idNumber';
import { expect, test, type BrowserModeApp } from './fixtures';

/** A valid ID number of a woman born in 1960; `n` (0–499) makes it unique. */
function idNumber(n: number): string {
  const first17 = `11010119600101${String(n * 2).padStart(3, '0')}`;
  return first17 + idCheckChar(first17);
}

async function ok<T>(app: BrowserModeApp, method: string, input: unknown): Promise<T> {
  const result = await app.api<T>(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.code} ${result.message}`);
  return result.value as T;
}

interface Added {
  id: number;
}

const PATIENTS =
  '王秀兰 李桂芝 张玉梅 刘淑华 陈玉珍 杨桂英 赵凤兰 黄秀英 周建国 吴志强 徐海燕 孙德胜 胡玉兰 朱红梅 高建华 林秀珍 何桂兰 郭淑芬 马文斌 罗玉华'.split(
    ' ',
  );

const today = () => todayText(new Date());

async function addDialysis(
  app: BrowserModeApp,
  n: number,
  name: string,
  days: number[],
  extra: Record<string, unknown> = {},
) {
  return ok<Added>(app, 'entries.add', {
    kind: 'dialysis',
    name,
    idNumber: idNumber(n),
    phones: `1380000${String(n).padStart(4, '0')}`,
    community: '湖东社区',
    address: `幸福路 ${n + 1} 号 3 栋 2 单元 501 室`,
    fields: {
      dialysisType: '血透',
      dialysisDays: days,
      dialysisHospital: n % 3 ? '市第一人民医院' : '市中心医院血液净化中心',
      dialysisSession: n % 2 ? '下午' : '上午',
      transport: '社区接送',
      escort: '女儿',
      ...extra,
    },
  });
}

/** PDF pages, by the page tree's /Count and by the page objects: both must agree. */
function pdfPages(pdf: Buffer): number {
  const text = pdf.toString('latin1');
  const objects = text.match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
  const count = Math.max(...[...text.matchAll(/\/Type\s*\/Pages[^>]*?\/Count\s+(\d+)/g)].map((m) => Number(m[1])), 0);
  expect(count === 0 || count === objects, `page tree says ${count}, ${objects} page objects`).toBe(true);
  return objects;
}

test.beforeEach(async ({ app }) => {
  await ok(app, 'communities.add', { name: '湖东社区' });
});

test('工作台 lists today’s dialysis patients only, and a patient opens her ledger entry', async ({ page, app }) => {
  const weekday = isoWeekday(today());
  const other = (weekday % 7) + 1;
  const her = await addDialysis(app, 1, '王秀兰', [weekday]);
  await addDialysis(app, 2, '李桂芝', [other]);

  await page.goto(`${app.url}#/home`);
  const card = page.getByTestId('dialysis-today');
  await expect(card).toContainText(
    `今日透析（${['周一', '周二', '周三', '周四', '周五', '周六', '周日'][weekday - 1]}）`,
  );
  const row = card.getByRole('row').filter({ hasText: '王秀兰' });
  await expect(row).toContainText('市第一人民医院');
  await expect(row).toContainText('13800000001');
  await expect(card.getByText('李桂芝')).toHaveCount(0);
  await expect(page.getByTestId('workbench-date')).toContainText(/\d{4}年\d{1,2}月\d{1,2}日 星期[一二三四五六日]/);

  await row.getByText('王秀兰').click();
  await expect(page).toHaveURL(new RegExp(`#/ledgers/dialysis\\?entry=${her.id}$`));

  // The keyboard reaches the same place: a focused row opens with Enter.
  await page.goBack();
  await card.getByRole('row').filter({ hasText: '王秀兰' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#/ledgers/dialysis\\?entry=${her.id}$`));
});

test('工作台 says so when nobody has dialysis today', async ({ page, app }) => {
  await addDialysis(app, 1, '李桂芝', [(isoWeekday(today()) % 7) + 1]);
  await page.goto(`${app.url}#/home`);
  await expect(page.getByTestId('dialysis-today')).toContainText('今天没有需要透析的患者');
  // The pivot counts her all the same.
  await expect(page.getByTestId('counts').getByRole('row').filter({ hasText: '湖东社区' })).toContainText('1');
});

test('the dialysis print view puts 20 patients on one A4 page under the street’s title', async ({ page, app }) => {
  const date = today();
  await ok(app, 'settings.update', { streetName: '永长街道' });
  for (const [i, name] of PATIENTS.entries()) await addDialysis(app, i + 1, name, [isoWeekday(date)]);

  await page.goto(`${app.url}#/print/dialysis-today?date=${date}`);
  await expect(page.locator('body[data-print-ready="1"]')).toHaveCount(1);
  await expect(page.getByRole('heading', { name: '永长街道今日透析患者名单' })).toBeVisible();
  await expect(page.getByText('共 20 人')).toBeVisible();
  await expect(page.locator('.print-page tbody tr')).toHaveCount(20);
  await expect(page.getByRole('columnheader', { name: '签字' })).toBeVisible();

  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdfPages(pdf)).toBe(1);
  // Chromium writes the document title into the PDF's information dictionary, as UTF-16BE.
  const title = /\/Title\s*<FEFF([0-9A-F]+)>/i.exec(pdf.toString('latin1'));
  expect(title, 'PDF has a /Title').not.toBeNull();
  expect(Buffer.from(title![1]!, 'hex').swap16().toString('utf16le')).toBe('永长街道今日透析患者名单');
});

test('临产孕妇 shows women due within 14 days or past their date, with the days left', async ({ page, app }) => {
  const date = today();
  const pregnant = (n: number, name: string, dueDate: string, riskLevel: string) =>
    ok<Added>(app, 'entries.add', {
      kind: 'pregnant',
      name,
      idNumber: idNumber(100 + n),
      phones: '13912345678',
      community: '湖东社区',
      fields: { dueDate, riskLevel, prenatalHospital: '市妇幼保健院' },
    });
  await pregnant(1, '孙丽', addDays(date, 5), '黄');
  await pregnant(2, '周敏', addDays(date, 30), '绿');
  await pregnant(3, '吴芳', addDays(date, -3), '红');

  await page.goto(`${app.url}#/home`);
  const card = page.getByTestId('due-soon');
  await expect(card.getByRole('row').filter({ hasText: '孙丽' })).toContainText('还有 5 天');
  await expect(card.getByRole('row').filter({ hasText: '孙丽' })).toContainText(addDays(date, 5));
  await expect(card.getByRole('row').filter({ hasText: '吴芳' })).toContainText('已超过 3 天');
  await expect(card.getByText('周敏')).toHaveCount(0);
  // Risk level as a coloured tag.
  await expect(card.getByRole('row').filter({ hasText: '吴芳' }).locator('.ant-tag-red')).toHaveText('红');

  await card.getByText('孙丽').click();
  await expect(page).toHaveURL(/#\/ledgers\/pregnant\?entry=\d+$/);
});

test('超过 N 天未服务 follows the last service record and the setting', async ({ page, app }) => {
  const date = today();
  await ok(app, 'settings.update', { followUpDays: 7 });
  const entry = await addDialysis(app, 1, '陈玉珍', [(isoWeekday(date) % 7) + 1]);
  await ok(app, 'services.add', {
    entryId: entry.id,
    at: `${addDays(date, -10)} 09:30`,
    type: '走访',
    content: '上门走访',
  });
  await addDialysis(app, 2, '刘淑华', [(isoWeekday(date) % 7) + 1]); // made today: not overdue

  await page.goto(`${app.url}#/home`);
  const card = page.getByTestId('overdue');
  await expect(card).toContainText('超过 7 天未服务');
  const row = card.getByRole('row').filter({ hasText: '陈玉珍' });
  await expect(row).toContainText(addDays(date, -10));
  await expect(row).toContainText('10 天');
  await expect(row).toContainText('透析患者');
  await expect(card.getByText('刘淑华')).toHaveCount(0);

  await ok(app, 'settings.update', { followUpDays: 30 });
  await page.reload();
  await expect(card).toContainText('超过 30 天未服务');
  await expect(card).toContainText('没有超过 30 天未服务的对象');
  await expect(card.getByText('陈玉珍')).toHaveCount(0);

  // The setting is made in 设置 → 街道信息.
  await page.goto(`${app.url}#/settings/street`);
  await expect(page.getByLabel('随访提醒天数')).toHaveValue('30');
  await page.getByLabel('随访提醒天数').fill('9');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('已保存')).toBeVisible();
  expect((await ok<{ followUpDays: number }>(app, 'settings.get', {})).followUpDays).toBe(9);
  await page.getByRole('menuitem', { name: '工作台' }).click();
  await expect(card).toContainText('超过 9 天未服务');
  await expect(card.getByRole('row').filter({ hasText: '陈玉珍' })).toContainText('10 天');
});
