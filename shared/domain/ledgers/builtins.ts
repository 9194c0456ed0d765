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
    { key: 'riskLevel', label: '妊娠风险等级', type: 'choice', options: ['绿', '黄', '橙', '红', '紫'] },
    { key: 'riskFactors', label: '高危因素', type: 'text' },
    { key: 'deliveryDate', label: '分娩日期', type: 'date' },
    { key: 'emergencyContact', label: '紧急联系人', type: 'text' },
  ],
  dialysis: [
    { key: 'dialysisType', label: '透析方式', type: 'choice', options: ['血透', '腹透'] },
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
