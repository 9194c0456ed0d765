import type { CloseReason, EntryStatus } from './common';
import type { FieldDef, FieldValues } from './fields';

export interface LedgerKind {
  key: string;
  name: string;
  builtin: boolean;
  fields: FieldDef[];
  /** Entries on this ledger, open and closed. */
  entryCount: number;
}

export interface Entry {
  id: number;
  kind: string;
  name: string;
  /** Masked (220104********1234) everywhere; entries.revealId gives the full number, and logs it. */
  idNumber: string;
  gender: '男' | '女';
  birthDate: string;
  /** Normalised numbers: '13904312222', '0431-85201234', '0431-85201234-123'. */
  phones: string[];
  /** number -> whose it is (本人, 丈夫 …), only numbers that have a note. */
  phoneNotes: Record<string, string>;
  community: string;
  grid: string | null;
  address: string;
  status: EntryStatus;
  closeReason: CloseReason | null;
  closeNote: string | null;
  closedAt: string | null;
  cadre: string;
  note: string;
  /** Values of the kind's own fields, by FieldDef.key. */
  fields: FieldValues;
  /** Columns of an imported sheet that map to no field, by their header. */
  extra: Record<string, string>;
  latestService: ServiceSummary | null;
  createdAt: string;
  updatedAt: string;
}

export const SERVICE_TYPES = ['走访', '电话随访', '送药送物', '绿色通道', '其他'] as const;
export type ServiceType = (typeof SERVICE_TYPES)[number];

export interface ServiceSummary {
  at: string;
  type: ServiceType;
  content: string;
}

export interface ServiceRecord extends ServiceSummary {
  id: number;
  entryId: number;
  /** 绿色通道 trips: where to, in what, with whom, and how it went. */
  hospital: string;
  vehicle: string;
  escort: string;
  outcome: string;
  operator: string;
  createdAt: string;
  updatedAt: string;
}

export interface EntryPage {
  total: number;
  rows: Entry[];
}

export interface DialysisToday {
  entryId: number;
  name: string;
  phones: string[];
  phoneNotes: Record<string, string>;
  community: string;
  address: string;
  hospital: string;
  session: string;
  transport: string;
  escort: string;
  days: number[];
}

export interface DueSoon {
  entryId: number;
  name: string;
  phones: string[];
  phoneNotes: Record<string, string>;
  community: string;
  dueDate: string;
  /** Negative when past the due date. */
  daysLeft: number;
  riskLevel: string | null;
  prenatalHospital: string;
}

export interface FollowUpOverdue {
  entryId: number;
  kind: string;
  kindName: string;
  name: string;
  community: string;
  lastServiceAt: string | null;
  /** Days since the last service record (or since the entry was made, when it has none). */
  daysSince: number;
}

export interface Workbench {
  date: string;
  weekday: number;
  followUpDays: number;
  dialysisToday: DialysisToday[];
  dueSoon: DueSoon[];
  overdue: { total: number; rows: FollowUpOverdue[] };
  counts: { community: string; kind: string; kindName: string; count: number }[];
}

export interface AuditRow {
  id: number;
  at: string;
  operator: string;
  method: string;
  entity: string;
  entityId: number | null;
  /** JSON text, ID numbers masked. */
  before: string | null;
  after: string | null;
}
