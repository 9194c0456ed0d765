/**
 * The catalogue of indicators: every figure the 统计 page, the 日报 and the superiors' forms show
 * is one of these, so it is the same number wherever it appears.
 */
import { SERVICE_TYPES } from '../../../../shared/domain/ledgers/types';
import { AppError } from '../../../../shared/errors';
import { dialysisTrips } from './dialysis';
import { active, added, closed } from './entries';
import { dueSoon } from './pregnancy';
import { rosterFilled } from './rosters';
import { serviceCount } from './services';
import { signedIn } from './signins';
import type { Indicator } from './types';

export const INDICATORS: readonly Indicator[] = [
  {
    key: 'active',
    label: '在册',
    counts: '截至结束日期当天末仍在册的记录数（当天或之前登记，且未在当天或之前结案）',
    byKind: true,
    compute: active,
  },
  { key: 'added', label: '新增', counts: '统计期间内登记的记录数', byKind: true, compute: added },
  { key: 'closed', label: '结案', counts: '统计期间内结案的记录数（按结案日期）', byKind: true, compute: closed },
  {
    key: 'dueSoon',
    label: '临近预产期',
    counts: '结束日期当天末在册、预产期在结束日期起 14 天内的孕产妇人数',
    byKind: false,
    compute: dueSoon,
  },
  {
    key: 'dialysisTrips',
    label: '透析人次',
    counts: '统计期间每天在册、当天为透析日的透析患者人数之和',
    byKind: false,
    compute: dialysisTrips,
  },
  {
    key: 'greenChannel',
    label: '绿色通道',
    counts: '统计期间内类型为“绿色通道”的服务记录条数',
    byKind: true,
    compute: (ctx, params) => serviceCount(ctx, params, '绿色通道'),
  },
  {
    key: 'services',
    label: '服务次数',
    counts: '统计期间内的服务记录条数（全部类型）',
    byKind: true,
    compute: (ctx, params) => serviceCount(ctx, params, null),
  },
  ...SERVICE_TYPES.filter((type) => type !== '绿色通道').map((type): Indicator => ({
    key: `services.${type}`,
    label: `服务次数（${type}）`,
    counts: `统计期间内类型为“${type}”的服务记录条数`,
    byKind: true,
    compute: (ctx, params) => serviceCount(ctx, params, type),
  })),
  {
    key: 'signedIn',
    label: '签到人次',
    counts: '统计期间每天签到的下沉干部人数（同一人同一天计一次）之和，按签到社区（未填则按本人所在社区）',
    byKind: false,
    compute: signedIn,
  },
  {
    key: 'rosterFilled',
    label: '值班人次',
    counts: '统计期间内排班表中已安排的值班人次（按班次开始的日期和岗位所属社区；街道自己的岗位不计入社区）',
    byKind: false,
    compute: rosterFilled,
  },
];

export function getIndicator(key: string): Indicator {
  const found = INDICATORS.find((i) => i.key === key);
  if (!found) throw new AppError('NOT_FOUND', `没有“${key}”这个统计指标。`);
  return found;
}
