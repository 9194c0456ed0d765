/** 下沉干部: the registry and its organisation, as the API hands them out. */

export const POLITICS = ['中共党员', '中共预备党员', '共青团员', '群众'] as const;
export type Politics = (typeof POLITICS)[number];

export const CADRE_ROLES = ['下沉干部', '志愿者', '社区工作者'] as const;
export type CadreRole = (typeof CADRE_ROLES)[number];

/** 党员先锋岗, 党员突击队 and 党员责任区 are groups of one table, told apart by kind. */
export const ORG_KINDS = ['先锋岗', '突击队', '责任区'] as const;
export type OrgKind = (typeof ORG_KINDS)[number];

/** A 突击队 should have 4–6 members. */
export const TEAM_SIZE = { min: 4, max: 6 } as const;

/** Party members count as such for branches, counts and warnings. */
export const isPartyMember = (politics: string) => politics === '中共党员' || politics === '中共预备党员';

export interface Cadre {
  id: number;
  name: string;
  gender: '男' | '女' | null;
  phone: string | null;
  unit: string;
  duty: string;
  politics: Politics;
  community: string | null;
  post: string;
  role: CadreRole;
  arrivedOn: string | null;
  leftOn: string | null;
  /** Masked (220104********1234), or null when not given. */
  idNumber: string | null;
  note: string;
  branchId: number | null;
  branch: string | null;
  /** left_on empty or after today. */
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface CadrePage {
  total: number;
  rows: Cadre[];
}

export interface CadreUnit {
  unit: string;
  count: number;
}

/** A person as an organisation lists its members. */
export interface OrgMember {
  id: number;
  name: string;
  unit: string;
  politics: Politics;
  phone: string | null;
}

export interface Branch {
  id: number;
  name: string;
  community: string | null;
  secretaryId: number | null;
  secretary: string | null;
  members: OrgMember[];
  createdAt: string;
}

export interface OrgGroup {
  id: number;
  kind: OrgKind;
  name: string;
  community: string | null;
  area: string;
  members: OrgMember[];
  createdAt: string;
}

/** A write on a group, with what deserves a second look (a 突击队 of 3, a member who is not a party member). */
export interface GroupResult {
  group: OrgGroup;
  warnings: string[];
}

export interface OrgCountRow {
  community: string;
  branches: number;
  vanguards: number;
  areas: number;
  teams: number;
  partyMembers: number;
  people: number;
}

/** Per community and the street's totals: the figures reports to superiors quote. */
export interface OrgCounts {
  rows: OrgCountRow[];
  total: OrgCountRow;
}

export interface CadreImportProblem {
  sheet: string;
  row: number;
  column: string;
  message: string;
}

export interface CadreImportStart {
  importId: string;
  fileName: string;
  /** Data rows found, over every sheet with a header. */
  rows: number;
  /** Each sheet's columns and the field each goes to (null: not imported). */
  sheets: { name: string; headerRow: number; columns: { header: string; field: string | null }[] }[];
}

export interface CadreImportPreview {
  counts: { new: number; updated: number; unchanged: number; error: number };
  /** Communities the file names that do not exist yet: they are created on commit. */
  newCommunities: string[];
  errors: CadreImportProblem[];
}

export interface CadreImportResult {
  inserted: number;
  updated: number;
  unchanged: number;
  skipped: number;
  createdCommunities: string[];
  errors: CadreImportProblem[];
}
