import type Database from 'better-sqlite3';
import { m001Communities } from './001-communities';
import { m002SettingsAudit } from './002-settings-audit';
import { m003Ledgers } from './003-ledgers';
import { m004Imports } from './004-imports';
import { m005CadresSignins } from './005-cadres-signins';
import { m006Rosters } from './006-rosters';
import { m007Operators } from './007-operators';
import { m008EntrySearchOrder } from './008-entry-search-order';
import { m009IdNumberIndexStaleChanges } from './009-id-number-index-stale-changes';
import { m010PhoneNotes } from './010-phone-notes';
import { m011KindWords } from './011-kind-words';
import { m012Tallies } from './012-tallies';

export interface Migration {
  version: number;
  name: string;
  up(db: Database.Database): void;
}

/** In order; version n is the n-th entry. Never edit a migration that has shipped: add one. */
export const migrations: Migration[] = [
  m001Communities,
  m002SettingsAudit,
  m003Ledgers,
  m004Imports,
  m005CadresSignins,
  m006Rosters,
  m007Operators,
  m008EntrySearchOrder,
  m009IdNumberIndexStaleChanges,
  m010PhoneNotes,
  m011KindWords,
  m012Tallies,
];
