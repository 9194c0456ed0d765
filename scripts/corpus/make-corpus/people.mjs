/**
 * Fake but realistic people for the import corpus (scripts/corpus/make-corpus.mjs): names, valid
 * 18-digit ID numbers (GB 11643 check character), mobile numbers, addresses, and the fields of the
 * two built-in ledgers with DESIGN.md's canonical keys. Deterministic: the same seed gives the same people.
 */

/** mulberry32: a small seeded generator, so regenerating the corpus gives the same people. */
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
  };
}

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/** The MOD 11-2 check character of the first 17 digits (GB 11643-1999). */
export function idCheckChar(first17) {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK[sum % 11];
}

const pad = (n, w = 2) => String(n).padStart(w, '0');
const DAY = 86_400_000;

/** 'YYYY-MM-DD' plus n days, by UTC day numbers. */
export function addDays(date, n) {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d) + n * DAY).toISOString().slice(0, 10);
}

/** Excel's serial number of a calendar day, 1900 or 1904 date system. */
export function serialOf(date, date1904 = false) {
  const [y, m, d] = date.split('-').map(Number);
  const base = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  return Math.round((Date.UTC(y, m - 1, d) - base) / DAY);
}

const REGIONS = ['220102', '220103', '220104', '220105', '220106', '220112'];
const SURNAMES = [
  ...'王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文',
];
const WOMEN = [
  '秀英',
  '桂英',
  '秀兰',
  '玉兰',
  '丽',
  '静',
  '敏',
  '艳',
  '娟',
  '霞',
  '婷婷',
  '雪梅',
  '欣怡',
  '佳慧',
  '春梅',
  '晓燕',
  '丹',
  '琳',
  '颖',
  '萍',
  '楠',
  '倩',
  '慧',
  '玲',
  '思雨',
  '梦瑶',
  '海燕',
  '红',
];
const MEN = [
  '伟',
  '强',
  '磊',
  '军',
  '洋',
  '勇',
  '杰',
  '涛',
  '明',
  '超',
  '国庆',
  '建华',
  '志强',
  '海涛',
  '东',
  '晓东',
  '德明',
  '永刚',
  '振国',
  '福林',
];
const MOBILE = [
  '139',
  '138',
  '137',
  '135',
  '136',
  '150',
  '151',
  '152',
  '158',
  '159',
  '186',
  '187',
  '188',
  '131',
  '132',
  '155',
  '156',
  '133',
  '153',
  '180',
  '181',
  '189',
  '177',
  '173',
  '199',
  '166',
];

export const COMMUNITIES = {
  湖东社区: { estate: '湖东小区', grids: ['第一网格', '第二网格', '第三网格'] },
  新月路社区: { estate: '新月花园', grids: ['第一网格', '第二网格'] },
  柳影社区: { estate: '柳影小区', grids: ['第一网格', '第二网格'] },
  东盛社区: { estate: '东盛家园', grids: ['一网格', '二网格'] },
  荣光社区: { estate: '荣光小区', grids: ['1号网格', '2号网格'] },
};
const CADRES = ['王锐', '李娜', '张海涛', '刘洋', '陈静', '赵磊', '孙丽', '周强', '吴敏', '郑凯'];
const PRENATAL = ['长春市妇产医院', '吉林大学第二医院', '长春市妇幼保健院', '吉林大学第一医院'];
const DIALYSIS = ['吉林大学第一医院血液净化中心', '长春市中心医院', '吉林省人民医院肾内科', '长春市第二医院'];
const FACTORS = ['高龄初产', '妊娠期糖尿病', '前置胎盘', '瘢痕子宫', '妊娠期高血压', '甲状腺功能减退'];
const CONDITIONS = ['尿毒症', '糖尿病肾病', '高血压肾病', '多囊肾', '慢性肾小球肾炎'];
const TRANSPORT = ['出租车', '家属驾车', '公交', '社区专车', '步行'];
const HOMETOWNS = [
  '吉林省长春市二道区',
  '吉林省九台市',
  '吉林省德惠市',
  '黑龙江省哈尔滨市',
  '吉林省四平市',
  '吉林省农安县',
];

/** Day sets with the ways offices write them. */
export const DAY_TEXTS = [
  [[1, 3, 5], '每周一三五'],
  [[2, 4, 6], '周二、四、六'],
  [[1, 3, 5], '一三五'],
  [[2, 4, 6], '周2、4、6'],
  [[2, 5], '每周二五'],
  [[1, 4], '星期一、星期四'],
];

/** A source of people for one workbook: every name and ID number distinct. */
export function population(seed) {
  const r = rng(seed);
  const names = new Set();
  const ids = new Set();
  const phones = new Set();

  const name = (female) => {
    for (;;) {
      const n = r.pick(SURNAMES) + r.pick(female ? WOMEN : MEN);
      if (!names.has(n)) return (names.add(n), n);
    }
  };
  const idNumber = (female, from, to) => {
    for (;;) {
      const year = r.int(from, to);
      const birth = `${year}${pad(r.int(1, 12))}${pad(r.int(1, 28))}`;
      let seq = r.int(5, 498) * 2;
      if (!female) seq += 1;
      const first = `${r.pick(REGIONS)}${birth}${pad(seq, 3)}`;
      const id = first + idCheckChar(first);
      if (!ids.has(id)) return (ids.add(id), id);
    }
  };
  const mobile = () => {
    for (;;) {
      const m = r.pick(MOBILE) + pad(r.int(0, 99_999_999), 8);
      if (!phones.has(m)) return (phones.add(m), m);
    }
  };
  const place = (community, grid) => {
    const info = COMMUNITIES[community];
    return {
      community,
      grid: grid === undefined ? r.pick(info.grids) : grid,
      address: `${info.estate}${r.int(1, 18)}栋${r.int(1, 4)}单元${r.int(1, 6)}0${r.int(1, 4)}室`,
    };
  };
  const derived = (id) => ({
    gender: Number(id[16]) % 2 === 1 ? '男' : '女',
    birthDate: `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`,
  });

  return {
    r,
    mobile,
    name,
    idNumber,
    cadre: () => r.pick(CADRES),
    hometown: () => r.pick(HOMETOWNS),
    /** A woman on the 孕产妇 ledger. */
    pregnant(community, options = {}) {
      const id = idNumber(true, 1986, 2001);
      const lmp = addDays('2022-01-10', r.int(0, 200));
      const level = r.pick(['绿', '绿', '黄', '黄', '橙', '红', '紫']);
      const fields = {
        lastMenstrualDate: lmp,
        dueDate: addDays(lmp, 280),
        prenatalHospital: r.pick(PRENATAL),
        riskLevel: level,
      };
      if (level === '紫') fields.riskFactors = '乙肝病毒携带';
      else if (level !== '绿') fields.riskFactors = r.pick(FACTORS);
      return {
        name: name(true),
        idNumber: id,
        ...derived(id),
        phones: [mobile()],
        ...place(community, options.grid),
        cadre: r.pick(CADRES),
        note: '',
        fields,
        extra: {},
      };
    },
    /** A patient on the 透析患者 ledger. */
    dialysis(community, options = {}) {
      const female = r.next() < 0.45;
      const id = idNumber(female, 1943, 1978);
      const peritoneal = options.type ? options.type === '腹透' : r.next() < 0.2;
      const fields = { dialysisType: peritoneal ? '腹透' : '血透', dialysisHospital: r.pick(DIALYSIS) };
      let daysText = '';
      if (!peritoneal) {
        const [days, text] = r.pick(DAY_TEXTS);
        fields.dialysisDays = days;
        daysText = text;
        fields.dialysisSession = r.pick(['上午', '下午', '上午', '晚上']);
        fields.transport = r.pick(TRANSPORT);
      }
      fields.escort = `${r.pick(['配偶', '儿子', '女儿', '儿媳'])} ${name(r.next() < 0.5)} ${mobile()}`;
      fields.conditions = r.pick(CONDITIONS);
      return {
        name: name(female),
        idNumber: id,
        ...derived(id),
        phones: [mobile()],
        ...place(community, options.grid),
        cadre: r.pick(CADRES),
        note: '',
        fields,
        extra: {},
        $daysText: daysText,
      };
    },
  };
}
