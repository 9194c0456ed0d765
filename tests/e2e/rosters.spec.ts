import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { addDays, isoWeekday, splitDate, todayText } from '../../shared/domain/dates';
import { expect, test, type BrowserModeApp } from './fixtures';

async function ok<T>(app: BrowserModeApp, method: string, input: unknown): Promise<T> {
  const result = await app.api<T>(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.code} ${result.message}`);
  return result.value as T;
}

const COMMUNITY = '湖东社区';
const TWO_SHIFTS = '两班倒（2×12 小时）';
const today = () => todayText(new Date());
/** Monday of this week: the generate dialog's default period starts there. */
const monday = () => addDays(today(), 1 - isoWeekday(today()));

const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗';
const GIVEN = '芳强伟敏静磊洋艳勇军杰娟涛明超秀霞平刚桂';

/** 20 people of the community: 王芳 13900000101, 李强 13900000102 … */
const PEOPLE = Array.from({ length: 20 }, (_, i) => ({
  name: `${SURNAMES[i]}${GIVEN[i]}`,
  phone: `139000001${String(i + 1).padStart(2, '0')}`,
}));
const phoneOf = (name: string) => PEOPLE.find((p) => p.name === name)!.phone;

/** Registers people in the community; returns their ids in order. */
async function seedPeople(app: BrowserModeApp, people: { name: string; phone: string }[]): Promise<number[]> {
  const ids: number[] = [];
  for (const [i, p] of people.entries()) {
    const added = await ok<{ id: number }>(app, 'cadres.add', {
      ...p,
      unit: i % 2 ? '区卫健局' : '区城市管理局',
      politics: i % 3 ? '群众' : '中共党员',
      community: COMMUNITY,
    });
    ids.push(added.id);
  }
  return ids;
}

async function patternId(app: BrowserModeApp, name: string): Promise<number> {
  const patterns = await ok<{ id: number; name: string }[]>(app, 'shiftPatterns.list', {});
  return patterns.find((p) => p.name === name)!.id;
}

async function seedPost(app: BrowserModeApp, name: string, pattern: number, perShift = 1): Promise<number> {
  const post = await ok<{ id: number }>(app, 'dutyPosts.add', {
    name,
    kind: '卡口',
    community: COMMUNITY,
    perShift,
    patternId: pattern,
  });
  return post.id;
}

interface GridCell {
  postId: number;
  date: string;
  shiftName: string;
  people: { cadreId: number; name: string }[];
}

async function gridCells(app: BrowserModeApp, from: string, to: string): Promise<GridCell[]> {
  const grid = await ok<{ cells: GridCell[] }>(app, 'rosters.grid', { from, to, community: COMMUNITY });
  return grid.cells;
}

/** Picks an option of the open antd Select dropdown. */
async function pickOption(page: Page, text: string) {
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text }).first().click();
}

async function pdfText(pdf: Buffer): Promise<{ text: string; file: string }> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'roster-pdf-')), 'roster.pdf');
  fs.writeFileSync(file, pdf);
  return { text: execFileSync('pdftotext', ['-layout', file, '-']).toString('utf8'), file };
}

/** The names on one shift of the grid, as its swap buttons show them. */
async function namesOn(shift: Locator): Promise<string[]> {
  return (await shift.getByRole('button').allInnerTexts()).map((t) => t.trim());
}

test.beforeEach(async ({ app }) => {
  await ok(app, 'communities.add', { name: COMMUNITY });
  await ok(app, 'settings.update', { streetName: '永长街道' });
});

test('two posts on 2×12h get a week for 20 people, two people swap, and the day prints with names and phones', async ({
  page,
  app,
}) => {
  await seedPeople(app, PEOPLE);
  await page.goto(`${app.url}#/rosters/posts`);

  // Two posts through the form, both on the 2×12h pattern.
  for (const [name, kind] of [
    ['1号卡口', '卡口'],
    ['核酸采样点', '采样点'],
  ]) {
    await page.getByRole('button', { name: '新增岗位' }).click();
    const form = page.getByRole('dialog', { name: '新增岗位' });
    await form.getByLabel('岗位名称').fill(name!);
    await form.getByLabel('类型').click();
    await pickOption(page, kind!);
    await form.getByLabel('社区').click();
    await pickOption(page, COMMUNITY);
    await form.getByLabel('每班人数').fill('2');
    await form.getByLabel('默认班次').click();
    await pickOption(page, TWO_SHIFTS);
    await form.getByRole('button', { name: '保存' }).click();
    await expect(form).toBeHidden();
    await expect(page.locator('.ant-table-row', { hasText: name! })).toContainText(TWO_SHIFTS);
  }

  // A week (the dialog's default) for all 20 people of the community.
  await page.getByRole('tab', { name: '排班表' }).click();
  await page.getByRole('combobox', { name: '社区' }).click();
  await pickOption(page, COMMUNITY);
  await page.getByRole('button', { name: '生成排班' }).click();
  const dialog = page.getByRole('dialog', { name: `生成排班：${COMMUNITY}` });
  await expect(dialog).toContainText('默认为湖东社区在岗的全部 20 人');
  await expect(dialog).toContainText('未锁定的班次将被新排班替换');
  await dialog.getByRole('button', { name: '生成' }).click();
  const result = page.getByTestId('generate-result');
  // 2 posts × 7 days × 2 shifts × 2 people.
  await expect(result).toContainText('已排满：56/56');
  await page.getByRole('dialog', { name: '排班结果' }).getByRole('button', { name: '完成' }).click();

  await expect(page.getByTestId('roster-shift')).toHaveCount(28);
  await expect(page.locator('.roster-shift-missing')).toHaveCount(0);
  await expect(page.getByTestId('grid-summary')).toHaveText('2 个岗位，28 个班次');

  // Swap: someone on the checkpoint's day shift with someone on the sampling point's day shift.
  const day = monday();
  await page.getByRole('button', { name: '换班' }).click();
  const gate = page.getByLabel(`1号卡口 ${day} 白班`, { exact: true });
  const sampling = page.getByLabel(`核酸采样点 ${day} 白班`, { exact: true });
  await expect(gate.getByRole('button').first()).toBeVisible();
  await expect(sampling.getByRole('button').first()).toBeVisible();
  const [a] = await namesOn(gate);
  const [b] = await namesOn(sampling);
  expect(a && b && a !== b).toBeTruthy();
  await gate.getByRole('button', { name: a! }).click();
  await expect(page.getByText(`已选 ${a}`)).toBeVisible();
  await sampling.getByRole('button', { name: b! }).click();
  await expect(page.getByText(`已换班：${a} ⇄ ${b}`)).toBeVisible();
  await expect(gate.getByRole('button', { name: b! })).toBeVisible();
  await expect(sampling.getByRole('button', { name: a! })).toBeVisible();
  const posts = await ok<{ id: number; name: string }[]>(app, 'dutyPosts.list', { community: COMMUNITY });
  const dayShift = (await gridCells(app, day, day)).filter((c) => c.shiftName === '白班');
  const namesAt = (post: string) =>
    dayShift.find((c) => c.postId === posts.find((p) => p.name === post)!.id)!.people.map((p) => p.name);
  expect(namesAt('1号卡口')).toContain(b);
  expect(namesAt('1号卡口')).not.toContain(a);
  expect(namesAt('核酸采样点')).toContain(a);

  // The day's roster on A4: date, both posts, the swapped names with their phones, a column to sign.
  await page.goto(`${app.url}#/print/roster-day?date=${day}&community=${encodeURIComponent(COMMUNITY)}`);
  await expect(page.locator('body[data-print-ready="1"]')).toHaveCount(1);
  await expect(page.getByRole('heading', { name: '永长街道湖东社区值班表' })).toBeVisible();
  const { text } = await pdfText(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
  const { y, m, d } = splitDate(day)!;
  expect(text).toContain(`${y}年${m}月${d}日`);
  for (const expected of ['1号卡口', '核酸采样点', '签名', '带班领导', '次日 08:00', a!, b!, phoneOf(a!), phoneOf(b!)])
    expect(text).toContain(expected);
  // Both posts fit on one page.
  expect(text.split('\f').filter((p) => p.trim())).toHaveLength(1);
});

test('an edit that breaks the rest rule names the rule and is saved only after 仍然保存', async ({ page, app }) => {
  const ids = await seedPeople(app, PEOPLE.slice(0, 6));
  const post = await seedPost(app, '1号卡口', await patternId(app, TWO_SHIFTS));
  const day = monday();
  await ok(app, 'rosters.generate', { from: day, to: addDays(day, 6), postIds: [post], cadreIds: ids });
  const before = await gridCells(app, day, addDays(day, 1));
  const night = before.find((c) => c.date === day && c.shiftName === '夜班')!.people[0]!.name;
  const nextDay = () => gridCells(app, addDays(day, 1), addDays(day, 1));
  const nextDayNames = async () => (await nextDay()).find((c) => c.shiftName === '白班')!.people.map((p) => p.name);
  expect(await nextDayNames()).not.toContain(night);

  await page.goto(`${app.url}#/rosters/grid`);
  await page.getByRole('combobox', { name: '社区' }).click();
  await pickOption(page, COMMUNITY);

  // The night shift's person also on the next day shift: 0 hours of rest.
  const openEditor = async () => {
    await page.getByRole('button', { name: `1号卡口 ${addDays(day, 1)} 白班`, exact: true }).click();
    const editor = page.getByRole('dialog', { name: /1号卡口 · .* · 白班/ });
    const people = editor.getByRole('combobox', { name: '值班人员' });
    await people.fill(night);
    await pickOption(page, night);
    await editor.getByRole('button', { name: '保存' }).click();
    return editor;
  };
  let editor = await openEditor();
  let warning = page.locator('.ant-modal-confirm', { hasText: '这样安排违反了排班规则' });
  await expect(warning).toContainText('休息不足 12 小时');
  await warning.getByRole('button', { name: '取消' }).click();
  await expect(warning).toBeHidden();
  expect(await nextDayNames()).not.toContain(night);
  await editor.getByRole('button', { name: '取消' }).click();
  await expect(editor).toBeHidden();

  editor = await openEditor();
  warning = page.locator('.ant-modal-confirm', { hasText: '这样安排违反了排班规则' });
  await expect(warning).toContainText('休息不足 12 小时');
  await warning.getByRole('button', { name: '仍然保存' }).click();
  await expect(editor).toBeHidden();
  expect(await nextDayNames()).toContain(night);
  const shift = page.getByRole('button', { name: `1号卡口 ${addDays(day, 1)} 白班`, exact: true });
  await expect(shift).toContainText(night);
  await expect(shift.getByLabel(/违反规则：.*休息不足 12 小时/)).toBeVisible();
});

test('the week prints on landscape A4 with every post', async ({ page, app }) => {
  const ids = await seedPeople(app, PEOPLE.slice(0, 8));
  const pattern = await patternId(app, TWO_SHIFTS);
  const posts = [await seedPost(app, '1号卡口', pattern), await seedPost(app, '核酸采样点', pattern)];
  const from = monday();
  await ok(app, 'rosters.generate', { from, to: addDays(from, 6), postIds: posts, cadreIds: ids });

  await page.goto(`${app.url}#/print/roster-week?from=${from}&community=${encodeURIComponent(COMMUNITY)}`);
  await expect(page.locator('body[data-print-ready="1"]')).toHaveCount(1);
  await expect(page.getByRole('heading', { name: '永长街道湖东社区值班周表' })).toBeVisible();
  const { text, file } = await pdfText(await page.pdf({ preferCSSPageSize: true }));
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(execFileSync('pdfinfo', [file]).toString('utf8'))!;
  expect(Number(size[1])).toBeGreaterThan(Number(size[2]));
  expect(text).toContain('1号卡口');
  expect(text).toContain('核酸采样点');
  expect(text).toContain('周日');
});

test('到岗核对 lists a rostered person without sign-in and a signed-in person without a shift', async ({
  page,
  app,
}) => {
  const [onDuty, walkedIn] = await seedPeople(app, PEOPLE.slice(0, 2));
  const post = await seedPost(app, '1号卡口', await patternId(app, '24 小时值守'));
  await ok(app, 'rosters.generate', { from: today(), to: today(), postIds: [post], cadreIds: [onDuty] });
  await ok(app, 'signins.signIn', { cadreId: walkedIn, day: today(), time: '08:00' });

  await page.goto(`${app.url}#/rosters/checkin`);
  const absent = page.getByTestId('roster-absent');
  await expect(absent.locator('.ant-table-row')).toHaveCount(1);
  await expect(absent.locator('.ant-table-row')).toContainText(PEOPLE[0]!.name);
  await expect(absent.locator('.ant-table-row')).toContainText('1号卡口');
  const unscheduled = page.getByTestId('roster-unscheduled');
  await expect(unscheduled.locator('.ant-table-row')).toHaveCount(1);
  await expect(unscheduled.locator('.ant-table-row')).toContainText(PEOPLE[1]!.name);

  // 工作台 shows the same day at a glance.
  await page.goto(`${app.url}#/home`);
  const card = page.getByTestId('duty-today');
  await expect(card.getByText('排了班还没签到')).toBeVisible();
  await expect(card).toContainText(`${PEOPLE[0]!.name} ${PEOPLE[0]!.phone} · 1号卡口`);
  await expect(card.locator('.ant-statistic', { hasText: '未签到' })).toContainText('1');
});
