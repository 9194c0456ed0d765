import { EXTRA_TARGET, SKIP_TARGET, type ImportTarget } from '../../../../shared/domain/excel/imports';
import { commonFieldLabels } from '../../../../shared/domain/ledgers/common';
import type { FieldDef } from '../../../../shared/domain/ledgers/fields';
import { cleanHeader } from '../read';

/** The words offices use for each common field. */
const commonSynonyms: Record<string, string[]> = {
  name: ['姓名', '名字', '居民姓名', '孕产妇姓名', '孕妇姓名', '患者姓名', '老人姓名', '人员姓名'],
  idNumber: [
    '身份证号',
    '身份证号码',
    '公民身份号码',
    '证件号码',
    '身份证',
    '证件号',
    '居民身份证号码',
    '身份证件号码',
    '公民身份证号码',
  ],
  phones: [
    '联系电话',
    '手机号',
    '手机号码',
    '联系方式',
    '电话',
    '电话号码',
    '手机',
    '本人电话',
    '本人联系电话',
    '联系手机',
  ],
  // 社区（村） and 村（社区） lose their brackets in cleanHeader: 社区, 村.
  community: [
    '社区',
    '所属社区',
    '所在社区',
    '现居社区',
    '社区名称',
    '居住社区',
    '村',
    '村居',
    '所在村居',
    '社区居委会',
  ],
  grid: ['网格', '所属网格', '网格名称', '网格号', '所在网格', '网格编号'],
  address: [
    '现住址',
    '居住地址',
    '家庭住址',
    '住址',
    '地址',
    '现居住地址',
    '详细地址',
    '现居住址',
    '居住地',
    '现居住地',
    '常住地址',
    '实际居住地址',
  ],
  cadre: ['包保干部', '包保责任人', '包联干部', '包保人', '联系干部', '包保责任人员', '包联领导', '责任人', '包保领导'],
  note: ['备注', '其他说明', '说明'],
};

/** Words for the built-in kinds' fields; a staff kind's fields match by their own labels. */
const fieldSynonyms: Record<string, string[]> = {
  lastMenstrualDate: ['末次月经', '末次月经时间', '末次月经日期', 'LMP'],
  dueDate: ['预产期', '预产日期', '预计分娩日期'],
  prenatalHospital: ['产检医院', '建档医院', '孕检医院', '产检机构'],
  riskLevel: ['妊娠风险等级', '风险等级', '妊娠风险评估', '高危等级', '风险评级', '妊娠风险分级', '风险分级'],
  riskFactors: ['高危因素', '风险因素', '高危因素描述'],
  deliveryDate: ['分娩日期', '分娩时间'],
  emergencyContact: ['紧急联系人', '紧急联系人及电话', '家属联系方式', '家属及电话'],
  dialysisType: ['透析方式', '透析类型', '透析种类'],
  dialysisHospital: ['透析医院', '透析地点', '透析机构', '血透医院', '透析中心', '血透室', '就诊医院'],
  dialysisDays: ['透析日', '透析频次', '透析星期', '每周透析日', '透析周期'],
  dialysisSession: ['透析时段', '透析时间', '透析班次'],
  transport: ['交通方式', '出行方式', '交通工具', '转运方式', '就医交通'],
  escort: ['陪护人', '陪护人及电话', '陪同人员', '陪护人员', '陪护', '陪同人'],
  conditions: ['病情与基础疾病', '基础疾病', '病情', '病情描述'],
};

/**
 * Columns recognised (they help find the header row) but kept in 其他信息 on purpose: 户籍 is where
 * a person is registered, not where they live. 现住址 is where staff visit and what the ledger
 * shows, so a 户籍 column must not fill or be joined into it; and 备注 is for the staff's own notes.
 * In 其他信息 it is kept, under its header, and shown with the entry.
 */
/** 户籍… and 户口… headers; short, so a sheet's title (户籍人口…台账, across merged cells) is none. */
const HOUSEHOLD = /^(?:户籍|户口).{0,8}$/;
const HOUSEHOLD_NOTE = '户籍地不是现住址，保存在“其他信息”中';
const kept = new Set(['户籍地', '户籍所在地', '户籍地址', '户籍', '户口所在地', '户籍详细地址', '户籍所在地址']);

/** Columns that are not data to keep: numbers of rows, and values the app derives itself. */
const skipped: Record<string, string> = {
  序号: '序号只是行号，不导入',
  编号: '编号只是行号，不导入',
  孕周: '孕周每天变化，由预产期推算，不导入',
  年龄: '年龄由身份证号推算，不导入',
  性别: '性别由身份证号得出，不导入',
  出生日期: '出生日期由身份证号得出，不导入',
  出生年月: '出生日期由身份证号得出，不导入',
  状态: '状态由系统管理，不导入',
  结案原因: '结案由系统管理，不导入',
  结案日期: '结案由系统管理，不导入',
  结案说明: '结案由系统管理，不导入',
};

export interface TargetMatch {
  target: ImportTarget;
  note?: string;
  /** 2 exact, 1 fuzzy, 0 none. */
  strength: number;
}

/** A word a header may be, with its character bigrams worked out once. */
interface Word {
  text: string;
  grams: string[];
}

type Candidates = [ImportTarget, Word[]][];

/** Staff-added header words for the common fields (KindDef.commonAliases): 'community' -> ['所在村居']. */
export type CommonAliases = Readonly<Record<string, readonly string[]>>;

const NO_ALIASES: CommonAliases = {};

/**
 * Per list of fields and common aliases: header detection asks about every cell of the first rows
 * with the same lists.
 */
const candidatesOf = new WeakMap<FieldDef[], WeakMap<CommonAliases, Candidates>>();

/**
 * Every target of a kind with the words that name it, as written (not yet cleaned), in the order
 * tried: the app's words, then the staff's (a field's aliases, the kind's common aliases).
 */
export function targetWords(defs: FieldDef[], commonAliases: CommonAliases = NO_ALIASES): [ImportTarget, string[]][] {
  const list: [ImportTarget, string[]][] = Object.entries(commonSynonyms).map(([key, words]) => [
    key,
    [
      ...words,
      (commonFieldLabels as Record<string, string>)[key]!,
      ...(Object.hasOwn(commonAliases, key) ? commonAliases[key]! : []),
    ],
  ]);
  for (const def of defs)
    list.push([
      `fields.${def.key}`,
      [def.label, ...(Object.hasOwn(fieldSynonyms, def.key) ? fieldSynonyms[def.key]! : []), ...(def.aliases ?? [])],
    ]);
  return list;
}

/** The common aliases of several kinds together, for finding the header row among all kinds. */
export function allCommonAliases(kinds: { commonAliases?: CommonAliases }[]): CommonAliases {
  const all: Record<string, string[]> = {};
  for (const kind of kinds)
    for (const [target, words] of Object.entries(kind.commonAliases ?? {}))
      (Object.hasOwn(all, target) ? all[target]! : (all[target] = [])).push(...words);
  return all;
}

function candidates(defs: FieldDef[], commonAliases: CommonAliases): Candidates {
  let byAliases = candidatesOf.get(defs);
  if (!byAliases) candidatesOf.set(defs, (byAliases = new WeakMap()));
  let list = byAliases.get(commonAliases);
  if (list) return list;
  list = targetWords(defs, commonAliases).map(([target, texts]) => [
    target,
    texts.map((text) => {
      const cleaned = cleanHeader(text);
      return { text: cleaned, grams: bigrams(cleaned) };
    }),
  ]);
  byAliases.set(commonAliases, list);
  return list;
}

function bigrams(s: string): string[] {
  return Array.from({ length: Math.max(0, s.length - 1) }, (_, i) => s.slice(i, i + 2));
}

/** Character bigrams' Dice similarity: 0 (nothing shared) to 1 (the same). */
function similarity(x: string[], y: string[]): number {
  if (!x.length || !y.length) return 0;
  const pool = [...y];
  let shared = 0;
  for (const g of x) {
    const at = pool.indexOf(g);
    if (at >= 0) (shared++, pool.splice(at, 1));
  }
  return (2 * shared) / (x.length + y.length);
}

const FUZZY = 0.6;

/**
 * Where a header's column goes for a kind: synonyms first (the app's and the staff's: FieldDef.aliases,
 * KindDef.commonAliases), then a close match, else kept in extra.
 */
export function matchHeader(header: string, defs: FieldDef[], commonAliases: CommonAliases = NO_ALIASES): TargetMatch {
  const cleaned = cleanHeader(header).replace(/[（(][^）)]*[）)]$/, '');
  if (!cleaned) return { target: SKIP_TARGET, note: '空白表头', strength: 0 };
  // hasOwn: a header may read "constructor" or "toString", which every object answers to.
  if (Object.hasOwn(skipped, cleaned)) return { target: SKIP_TARGET, note: skipped[cleaned], strength: 2 };
  if (kept.has(cleaned)) return { target: EXTRA_TARGET, note: HOUSEHOLD_NOTE, strength: 2 };
  const list = candidates(defs, commonAliases);
  for (const [target, words] of list) if (words.some((word) => word.text === cleaned)) return { target, strength: 2 };
  // 户籍 (or 户口) and anything: never the 现住址 a near word like 地址 would make it.
  if (HOUSEHOLD.test(cleaned)) return { target: EXTRA_TARGET, note: HOUSEHOLD_NOTE, strength: 1 };
  const grams = bigrams(cleaned);
  let best: { target: ImportTarget; score: number; word: string } | null = null;
  for (const [target, words] of list) {
    for (const word of words) {
      const contains =
        word.text.length >= 2 && (cleaned.includes(word.text) || word.text.includes(cleaned))
          ? 0.8 + word.text.length / 100
          : 0;
      // Dice cannot exceed what the shorter list of bigrams allows: most data cells are skipped here.
      const most = (2 * Math.min(grams.length, word.grams.length)) / (grams.length + word.grams.length || 1);
      const score = most < FUZZY ? contains : Math.max(contains, similarity(grams, word.grams));
      if (score >= FUZZY && (!best || score > best.score)) best = { target, score, word: word.text };
    }
  }
  if (best) return { target: best.target, note: `按“${best.word}”近似匹配，请核对`, strength: 1 };
  return { target: EXTRA_TARGET, note: '没有对应的项目，保存在“其他信息”中', strength: 0 };
}

/** True when a cleaned header is one any ledger knows: used to find the header row. */
export function isKnownHeader(
  cleaned: string,
  allDefs: FieldDef[],
  commonAliases: CommonAliases = NO_ALIASES,
): boolean {
  return matchHeader(cleaned, allDefs, commonAliases).strength > 0;
}
