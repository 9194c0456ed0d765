import type { AppCore } from '../../../electron/core/app';
import type { Entry } from '../../../shared/domain/ledgers/types';
import { ok } from '../helpers';

export function seedPlaces(core: AppCore): void {
  const a = ok<{ id: number }>(core, 'communities.add', { name: '湖东社区' });
  ok(core, 'communities.add', { name: '柳影社区' });
  ok(core, 'grids.add', { communityId: a.id, name: '第一网格' });
}

export function addEntry(core: AppCore, input: Record<string, unknown>): Entry {
  return ok<Entry>(core, 'entries.add', { community: '湖东社区', ...input });
}
