import { AppError } from '../../../shared/errors';
import { maskIdNumber } from '../../../shared/domain/idNumber';
import type { Entry, ServiceType } from '../../../shared/domain/ledgers/types';
import type { Ctx } from '../context';
import { prepared } from '../db/prepared';

/** Columns and joins every entry read uses; the latest service record rides along. */
export const entrySelect = `
  SELECT e.*, c.name AS community_name, g.name AS grid_name,
         (SELECT json_array(s.at, s.type, s.content) FROM services s
           WHERE s.entry_id = e.id ORDER BY s.at DESC, s.id DESC LIMIT 1) AS latest_service
  FROM entries e
  JOIN communities c ON c.id = e.community_id
  LEFT JOIN grids g ON g.id = e.grid_id`;

export interface EntryRow {
  id: number;
  kind: string;
  name: string;
  id_number: string;
  gender: '男' | '女';
  birth_date: string;
  phones: string;
  /** JSON object number -> note. */
  phone_notes: string;
  community_id: number;
  grid_id: number | null;
  community_name: string;
  grid_name: string | null;
  address: string;
  cadre: string;
  note: string;
  status: Entry['status'];
  close_reason: Entry['closeReason'];
  close_note: string | null;
  closed_at: string | null;
  fields: string;
  extra: string;
  latest_service: string | null;
  created_at: string;
  updated_at: string;
}

export function toEntry(row: EntryRow): Entry {
  const latest = row.latest_service ? (JSON.parse(row.latest_service) as [string, ServiceType, string]) : null;
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    idNumber: maskIdNumber(row.id_number),
    gender: row.gender,
    birthDate: row.birth_date,
    phones: JSON.parse(row.phones),
    phoneNotes: JSON.parse(row.phone_notes),
    community: row.community_name,
    grid: row.grid_name,
    address: row.address,
    status: row.status,
    closeReason: row.close_reason,
    closeNote: row.close_note,
    closedAt: row.closed_at,
    cadre: row.cadre,
    note: row.note,
    fields: JSON.parse(row.fields),
    extra: JSON.parse(row.extra),
    latestService: latest ? { at: latest[0], type: latest[1], content: latest[2] } : null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function getEntryRow(ctx: Pick<Ctx, 'db'>, id: number): EntryRow {
  const row = prepared(ctx.db, `${entrySelect} WHERE e.id = ?`).get(id) as EntryRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', '找不到这条记录，可能已被删除。请刷新后重试。');
  return row;
}

export function getEntry(ctx: Pick<Ctx, 'db'>, id: number): Entry {
  return toEntry(getEntryRow(ctx, id));
}
