/** 孕产妇: the five-colour risk grading (妊娠风险五色分级) and gestational age. */
import { bad, good, type Check } from './check';
import { addDays, diffDays, isDateText } from './dates';
import { cleanText, quote } from './text';

export const RISK_LEVELS = ['绿', '黄', '橙', '红', '紫'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

const TAG_COLORS: Record<RiskLevel, string> = { 绿: 'green', 黄: 'gold', 橙: 'orange', 红: 'red', 紫: 'purple' };

/** The antd preset colour of a risk level's Tag. */
export function riskTagColor(level: RiskLevel): string {
  return TAG_COLORS[level] ?? 'default';
}

const isRiskLevel = (s: string): s is RiskLevel => (RISK_LEVELS as readonly string[]).includes(s);

/** '绿' or '绿色' (also '绿色(低风险)'-style notes after it) → '绿'. */
export function parseRiskLevel(raw: unknown): Check<RiskLevel> {
  if (raw !== null && raw !== undefined && typeof raw !== 'string')
    return bad('风险等级应为文字，请填写 绿、黄、橙、红、紫 之一');
  const text = cleanText(raw);
  if (text === '') return bad('风险等级未填写');
  const match = /^([^\s色(]+)色?(?:\s*\(.*\))?$/.exec(text);
  const level = match?.[1] ?? '';
  if (isRiskLevel(level)) return good(level);
  return bad(`无法识别的风险等级${quote(text)}，请填写 ${RISK_LEVELS.join('、')} 之一`);
}

export interface GestationalAge {
  weeks: number;
  days: number;
}

/**
 * Completed weeks and days of pregnancy on `today`: from the due date (280 − days left) if known,
 * else from the last menstrual period. Null when neither is a date or `today` is before the pregnancy.
 * Not clamped: past 42 weeks means overdue (or delivered and not yet recorded).
 */
export function gestationalAge(
  today: string,
  dates: { dueDate?: string | null; lastMenstrualDate?: string | null },
): GestationalAge | null {
  if (!isDateText(today)) return null;
  let total: number;
  if (isDateText(dates.dueDate)) total = 280 - diffDays(dates.dueDate, today);
  else if (isDateText(dates.lastMenstrualDate)) total = diffDays(today, dates.lastMenstrualDate);
  else return null;
  if (total < 0) return null;
  return { weeks: Math.floor(total / 7), days: total % 7 };
}

/** '孕 32 周 + 3 天', or '孕 32 周' on a whole week; '' for null. */
/** Past this, the weeks mean nothing: the birth was surely not recorded. */
const IMPLAUSIBLE_WEEKS = 44;

export function formatGestationalAge(ga: GestationalAge | null): string {
  if (!ga) return '';
  if (ga.weeks >= IMPLAUSIBLE_WEEKS) return `已过预产期 ${ga.weeks - 40} 周，请核实是否已分娩`;
  return ga.days === 0 ? `孕 ${ga.weeks} 周` : `孕 ${ga.weeks} 周 + ${ga.days} 天`;
}

/** Naegele's rule: the due date is 280 days after the first day of the last menstrual period. */
export function dueDateFromLmp(lmp: string): string {
  return addDays(lmp, 280);
}
