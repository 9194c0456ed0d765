/** Seeds a ledger through entries.add in one transaction: the real validation, fast enough for 100,000. */
import type { AppCore } from '../electron/core/app';
import type { Result } from '../shared/errors';
import { people } from './people';

export const COMMUNITIES = ['湖东社区', '柳影社区', '新月路社区', '南湖社区', '西湖社区'];
const HOSPITALS = ['长春市妇产医院', '吉林大学第二医院', '吉林省妇幼保健院', '长春市中心医院'];
const FACTORS = ['', '', '妊娠期高血压', '前置胎盘', '妊娠期糖尿病', '高龄初产'];

export function seedPlaces(core: AppCore, streetName = '南湖街道'): void {
  core.invoke('settings.update', { streetName });
  for (const name of COMMUNITIES) core.invoke('communities.add', { name });
}

/** `count` pregnant women with full rows (phones, address, dates, hospital, cadre; a few extra columns). */
export function seedPregnant(core: AppCore, count: number): void {
  core.ctx.db.transaction(() => {
    let i = 0;
    for (const p of people(count)) {
      const month = 1 + (i % 12);
      const result = core.invoke('entries.add', {
        kind: 'pregnant',
        name: p.name,
        idNumber: p.idNumber,
        phones: i % 4 === 0 ? `${p.phone}/0431-8555${String(i % 10000).padStart(4, '0')}` : p.phone,
        community: COMMUNITIES[i % COMMUNITIES.length]!,
        address: `${COMMUNITIES[i % COMMUNITIES.length]}${1 + (i % 30)}栋${1 + (i % 6)}单元${101 + (i % 20)}室`,
        cadre: ['王锐', '孙新福', '李娜', '赵强'][i % 4],
        note: i % 7 === 0 ? '需重点关注，每周电话随访一次' : '',
        fields: {
          lastMenstrualDate: `2026-${String(month).padStart(2, '0')}-10`,
          dueDate: `2027-${String(month).padStart(2, '0')}-17`,
          prenatalHospital: HOSPITALS[i % HOSPITALS.length],
          riskLevel: '绿黄橙红紫'[i % 5],
          riskFactors: FACTORS[i % FACTORS.length],
          emergencyContact: `家属 ${p.phone}`,
        },
        extra: i % 50 === 0 ? { 孕周: String(8 + (i % 30)), 户籍地: '吉林长春' } : {},
      }) as Result<unknown>;
      if (!result.ok) throw new Error(`seed failed: ${result.message}`);
      i++;
    }
  })();
}
