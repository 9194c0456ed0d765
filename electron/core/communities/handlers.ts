import { AppError } from '../../../shared/errors';
import { recordAudit } from '../audit/record';
import type { Ctx, HandlerMap, MethodsOf } from '../context';
import { insertCommunity, insertGrid } from './write';
import { getCommunity, getGrid, listCommunities } from './queries';
import { communityReferences, describeReferences, gridReferences } from './references';

function assertCommunityNameFree(ctx: Ctx, name: string, exceptId?: number): void {
  const other = ctx.db.prepare('SELECT id FROM communities WHERE name = ?').pluck().get(name) as number | undefined;
  if (other !== undefined && other !== exceptId) {
    throw new AppError('CONFLICT', `已经有名为“${name}”的社区了，请换一个名称。`);
  }
}

function assertGridNameFree(ctx: Ctx, communityId: number, name: string, exceptId?: number): void {
  const other = ctx.db
    .prepare('SELECT id FROM grids WHERE community_id = ? AND name = ?')
    .pluck()
    .get(communityId, name) as number | undefined;
  if (other !== undefined && other !== exceptId) {
    throw new AppError('CONFLICT', `这个社区已经有名为“${name}”的网格了，请换一个名称。`);
  }
}

export const communityHandlers: HandlerMap<MethodsOf<'communities' | 'grids'>> = {
  'communities.list': (ctx) => listCommunities(ctx),

  'communities.add': (ctx, { name }) =>
    ctx.db.transaction(() => {
      assertCommunityNameFree(ctx, name);
      const id = insertCommunity(ctx, name);
      const after = getCommunity(ctx, id);
      recordAudit(ctx, { method: 'communities.add', entity: 'community', entityId: id, before: null, after });
      return after;
    })(),

  'communities.rename': (ctx, { id, name }) =>
    ctx.db.transaction(() => {
      const before = getCommunity(ctx, id);
      assertCommunityNameFree(ctx, name, id);
      ctx.db.prepare('UPDATE communities SET name = ? WHERE id = ?').run(name, id);
      const after = getCommunity(ctx, id);
      recordAudit(ctx, { method: 'communities.rename', entity: 'community', entityId: id, before, after });
      return after;
    })(),

  'communities.remove': (ctx, { id }) =>
    ctx.db.transaction(() => {
      const before = getCommunity(ctx, id);
      const refs = describeReferences(ctx.db, communityReferences, id);
      if (refs) {
        throw new AppError(
          'IN_USE',
          `不能删除社区“${before.name}”：还有 ${refs}属于它。请先删除或移走这些记录，再删除社区。`,
        );
      }
      ctx.db.prepare('DELETE FROM communities WHERE id = ?').run(id);
      recordAudit(ctx, { method: 'communities.remove', entity: 'community', entityId: id, before, after: null });
      return { id };
    })(),

  'grids.add': (ctx, { communityId, name }) =>
    ctx.db.transaction(() => {
      getCommunity(ctx, communityId);
      assertGridNameFree(ctx, communityId, name);
      const id = insertGrid(ctx, communityId, name);
      const after = getGrid(ctx, id);
      recordAudit(ctx, { method: 'grids.add', entity: 'grid', entityId: id, before: null, after });
      return after;
    })(),

  'grids.rename': (ctx, { id, name }) =>
    ctx.db.transaction(() => {
      const before = getGrid(ctx, id);
      assertGridNameFree(ctx, before.communityId, name, id);
      ctx.db.prepare('UPDATE grids SET name = ? WHERE id = ?').run(name, id);
      const after = getGrid(ctx, id);
      recordAudit(ctx, { method: 'grids.rename', entity: 'grid', entityId: id, before, after });
      return after;
    })(),

  'grids.remove': (ctx, { id }) =>
    ctx.db.transaction(() => {
      const before = getGrid(ctx, id);
      const refs = describeReferences(ctx.db, gridReferences, id);
      if (refs) {
        throw new AppError(
          'IN_USE',
          `不能删除网格“${before.name}”：还有 ${refs}属于它。请先删除或移走这些记录，再删除网格。`,
        );
      }
      ctx.db.prepare('DELETE FROM grids WHERE id = ?').run(id);
      recordAudit(ctx, { method: 'grids.remove', entity: 'grid', entityId: id, before, after: null });
      return { id };
    })(),
};
