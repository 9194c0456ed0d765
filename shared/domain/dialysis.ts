/** 透析患者: the kind of dialysis. */
import { bad, good, type Check } from './check';
import { cleanText, quote } from './text';

export const DIALYSIS_TYPES = ['血透', '腹透'] as const;
export type DialysisType = (typeof DIALYSIS_TYPES)[number];

const NAMES = new Map<string, DialysisType>(
  Object.entries({
    血透: '血透',
    血液透析: '血透',
    透析: '血透',
    HD: '血透',
    HDF: '血透', // 血液透析滤过
    腹透: '腹透',
    腹膜透析: '腹透',
    PD: '腹透',
    CAPD: '腹透', // 持续非卧床腹膜透析
    APD: '腹透', // 自动化腹膜透析
  }) as [string, DialysisType][],
);

/** 血透 / 血液透析 / HD / plain 透析 → '血透'; 腹透 / 腹膜透析 / PD → '腹透'. */
export function parseDialysisType(raw: unknown): Check<DialysisType> {
  if (raw !== null && raw !== undefined && typeof raw !== 'string')
    return bad('透析方式应为文字，请填写“血透”或“腹透”');
  const text = cleanText(raw);
  if (text === '') return bad('透析方式未填写');
  const type = NAMES.get(text.replace(/\s+/g, '').toUpperCase());
  if (type) return good(type);
  return bad(`无法识别的透析方式${quote(text)}，请填写“血透”或“腹透”`);
}
