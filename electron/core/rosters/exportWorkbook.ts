/**
 * rosters.export: the period's roster as an official-style workbook, one sheet per community
 * (the street's own posts on a sheet of their own): title with the street's name and the period,
 * 填报单位 / 制表日期, a bordered header repeated on every printed page, A4 landscape.
 */
import ExcelJS from 'exceljs';
import { recordExport } from '../audit/exportRecord';
import type { ParsedInput } from '../../../shared/contract';
import { isoWeekday, todayText } from '../../../shared/domain/dates';
import type { DutyPerson, DutyPost } from '../../../shared/domain/rosters/types';
import type { StagedFile } from '../../../shared/platform';
import type { Ctx } from '../context';
import { a4PageSetup, columnLetters, pageFooter, safeSheetName } from '../excel/export/sheet';
import { dataStyles, headerStyle, metaLeftStyle, metaRightStyle, titleStyle } from '../excel/export/styles';
import { readSettings } from '../settings/handlers';
import type { Cell } from './cells';
import { leaderOf } from './day';
import { choosePosts, periodCells } from './grid';
import { getPeople } from './people';
import { readRosterRules } from './rules';
import { checkPeriod } from './validate';

export const WEEKDAYS = ['', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日'];

const HEADER_ROWS = 3;
const phoneStyle: Partial<ExcelJS.Style> = {
  ...dataStyles.code,
  alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
};
const namesStyle: Partial<ExcelJS.Style> = {
  ...dataStyles.center,
  alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
};

const COLUMNS: [header: string, width: number, style: Partial<ExcelJS.Style>][] = [
  ['日期', 12, dataStyles.center],
  ['星期', 8, dataStyles.center],
  ['岗位', 20, dataStyles.wrap],
  ['班次', 8, dataStyles.center],
  ['时间', 16, dataStyles.center],
  ['值班人员', 14, namesStyle],
  ['联系电话', 15, phoneStyle],
  ['带班领导', 10, dataStyles.center],
  ['签名', 14, dataStyles.center],
];

/** '08:00—20:00', and '20:00—次日08:00' for a shift that ends the next day. */
export function shiftTime(cell: Pick<Cell, 'start' | 'end'>): string {
  const nextDay = cell.end.slice(0, 10) > cell.start.slice(0, 10);
  return `${cell.start.slice(11)}—${nextDay ? '次日' : ''}${cell.end.slice(11)}`;
}

interface SheetPart {
  name: string;
  community: string;
  posts: DutyPost[];
}

function writeSheet(
  workbook: ExcelJS.Workbook,
  part: SheetPart,
  cells: readonly Cell[],
  people: ReadonlyMap<number, DutyPerson>,
  heading: { street: string; from: string; to: string; today: string },
) {
  const sheet = workbook.addWorksheet(part.name, {
    views: [{ state: 'frozen', ySplit: HEADER_ROWS }],
    pageSetup: a4PageSetup(HEADER_ROWS, {
      orientation: 'landscape',
      horizontalCentered: true,
      margins: { left: 0.3, right: 0.3, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    }),
    headerFooter: pageFooter,
  });
  sheet.columns = COLUMNS.map(([, width]) => ({ width }));
  const last = columnLetters(COLUMNS.length);
  sheet.getRow(1).height = 36;
  Object.assign(sheet.getCell('A1'), {
    value: `${heading.street}${part.community}值班表（${heading.from} 至 ${heading.to}）`,
    style: titleStyle,
  });
  sheet.mergeCells(`A1:${last}1`);
  sheet.getRow(2).height = 24;
  Object.assign(sheet.getCell('A2'), {
    value: `填报单位：${heading.street || '（街道名称未设置）'}${part.community ? `　${part.community}` : ''}`,
    style: metaLeftStyle,
  });
  sheet.mergeCells('A2:E2');
  Object.assign(sheet.getCell('F2'), { value: `制表日期：${heading.today}`, style: metaRightStyle });
  sheet.mergeCells(`F2:${last}2`);
  const header = sheet.getRow(HEADER_ROWS);
  header.height = 28;
  COLUMNS.forEach(([text], i) => Object.assign(header.getCell(i + 1), { value: text, style: headerStyle }));

  const postIds = new Set(part.posts.map((p) => p.id));
  const postOrder = new Map(part.posts.map((p, i) => [p.id, i]));
  const posts = new Map(part.posts.map((p) => [p.id, p]));
  const own = cells
    .filter((c) => postIds.has(c.postId))
    .sort(
      (a, b) =>
        (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) ||
        postOrder.get(a.postId)! - postOrder.get(b.postId)! ||
        (a.start < b.start ? -1 : a.start > b.start ? 1 : 0),
    );
  own.forEach((cell, r) => {
    const staff = cell.personIds.flatMap((id) => people.get(id) ?? []);
    const values = [
      cell.date,
      WEEKDAYS[isoWeekday(cell.date)]!,
      posts.get(cell.postId)!.name,
      cell.shiftName,
      shiftTime(cell),
      staff.map((p) => p.name).join('\n'),
      staff.map((p) => p.phone).join('\n'),
      leaderOf(cell, people)?.name ?? '',
      '',
    ];
    const row = sheet.getRow(HEADER_ROWS + 1 + r);
    row.height = Math.max(24, 15 * staff.length + 6);
    values.forEach((value, i) => Object.assign(row.getCell(i + 1), { value, style: COLUMNS[i]![2] }));
  });
}

/** Posts grouped by community: the street's own first, then communities by name. */
function sheetParts(posts: readonly DutyPost[], street: string): SheetPart[] {
  const groups = new Map<string, DutyPost[]>();
  for (const p of posts) groups.set(p.community, [...(groups.get(p.community) ?? []), p]);
  const taken = new Set<string>();
  return [...groups.entries()]
    .sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b, 'zh-Hans-CN')))
    .map(([community, list]) => {
      let name = safeSheetName(community || street || '街道岗位');
      for (let n = 2; taken.has(name); n++) name = `${safeSheetName(community || '街道岗位').slice(0, 27)}(${n})`;
      taken.add(name);
      return { name, community, posts: list };
    });
}

export async function exportRoster(ctx: Ctx, input: ParsedInput<'rosters.export'>): Promise<StagedFile> {
  const { from, to } = checkPeriod(input.from, input.to);
  const rules = readRosterRules(ctx);
  const posts = choosePosts(ctx, input.community, undefined);
  const cells = periodCells(ctx, posts, from, to, rules);
  const ids = [...new Set(cells.flatMap((c) => c.personIds))];
  const people = new Map((ids.length ? getPeople(ctx, ids) : []).map((p) => [p.cadreId, p]));
  const street = readSettings(ctx).streetName;
  const heading = { street, from, to, today: todayText(ctx.now()) };

  const workbook = new ExcelJS.Workbook();
  workbook.creator = '街道台账';
  const parts = sheetParts(posts, street);
  if (!parts.length) parts.push({ name: '值班表', community: input.community ?? '', posts: [] });
  for (const part of parts) writeSheet(workbook, part, cells, people, heading);

  const title = `${input.community || street}值班表-${from}至${to}.xlsx`;
  const { fileId, filePath } = ctx.files.allocate(title);
  await workbook.xlsx.writeFile(filePath);
  recordExport(ctx, 'rosters.export', { from, to, community: input.community || null, masked: true });
  return ctx.files.describe(fileId);
}
