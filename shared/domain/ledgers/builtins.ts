import type { FieldDef } from './fields';

export const BUILTIN_KINDS = ['pregnant', 'dialysis'] as const;
export type BuiltinKind = (typeof BUILTIN_KINDS)[number];

export const builtinNames: Record<BuiltinKind, string> = { pregnant: '孕产妇', dialysis: '透析患者' };

/** The fields of the two built-in ledgers (DESIGN.md). Their keys are the API's canonical keys. */
export const builtinFields: Record<BuiltinKind, FieldDef[]> = {
  pregnant: [
    { key: 'lastMenstrualDate', label: '末次月经', type: 'date' },
    { key: 'dueDate', label: '预产期', type: 'date' },
    { key: 'prenatalHospital', label: '产检医院', type: 'text' },
    {
      key: 'riskLevel',
      label: '妊娠风险等级',
      type: 'choice',
      options: ['绿', '黄', '橙', '红', '紫'],
      // The five colours of the national 妊娠风险评估 and the risk each stands for.
      optionWords: {
        绿: ['绿色', '低风险'],
        黄: ['黄色', '一般风险'],
        橙: ['橙色', '较高风险'],
        红: ['红色', '高风险'],
        紫: ['紫色', '传染病'],
      },
    },
    { key: 'riskFactors', label: '高危因素', type: 'text' },
    { key: 'deliveryDate', label: '分娩日期', type: 'date' },
    { key: 'emergencyContact', label: '紧急联系人', type: 'text' },
  ],
  dialysis: [
    {
      key: 'dialysisType',
      label: '透析方式',
      type: 'choice',
      options: ['血透', '腹透'],
      optionWords: {
        // HDF 血液透析滤过; plain 透析 means 血透, by far the commoner.
        血透: ['血液透析', 'HD', 'HDF', '血液透析滤过', '血滤', '透析'],
        // CAPD 持续非卧床腹膜透析, APD 自动化腹膜透析.
        腹透: ['腹膜透析', 'PD', 'CAPD', 'APD'],
      },
    },
    { key: 'dialysisHospital', label: '透析医院', type: 'text' },
    { key: 'dialysisDays', label: '透析日', type: 'weekdays' },
    { key: 'dialysisSession', label: '透析时段', type: 'text' },
    { key: 'transport', label: '交通方式', type: 'text' },
    { key: 'escort', label: '陪护人', type: 'text' },
    { key: 'conditions', label: '病情与基础疾病', type: 'text' },
  ],
};

export function isBuiltinKind(key: string): key is BuiltinKind {
  return (BUILTIN_KINDS as readonly string[]).includes(key);
}
