/** Titles, the 填报 line and file names of exported workbooks. */
import { splitDate } from '../../../../shared/domain/dates';

/** '2026-11-23' → '2026年11月23日'. */
export function chineseDate(date: string): string {
  const parts = splitDate(date);
  return parts ? `${parts.y}年${parts.m}月${parts.d}日` : date;
}

export const ledgerTitle = (streetName: string, kindName: string) => `${streetName}${kindName}台账`;

export const unitLine = (streetName: string) => `填报单位：${streetName || '（未设置街道名称）'}`;

export const dateLine = (today: string) => `填报日期：${chineseDate(today)}`;

/** 南湖街道孕产妇台账-20261123.xlsx (without the street when it is not set). */
export const ledgerFileName = (streetName: string, kindName: string, today: string) =>
  `${streetName}${kindName}台账-${today.replaceAll('-', '')}.xlsx`;

export const templateFileName = (kindName: string) => `${kindName}台账-空白模板.xlsx`;
