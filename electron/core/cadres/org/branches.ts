/** 临时党支部: name, community, 第一书记 from the registry; a person is in at most one branch. */
import { nowText } from '../../../../shared/domain/dates';
import { isPartyMember } from '../../../../shared/domain/cadres/types';
import { AppError } from '../../../../shared/errors';
import { recordAudit } from '../../audit/record';
import type { Ctx, HandlerMap } from '../../context';
import { communityId, getCadreRow } from '../rows';
import { getBranch, listBranches } from './members';

function audit(ctx: Ctx, method: string, id: number, before: unknown, after: unknown): void {
  recordAudit(ctx, { method, entity: 'party_branch', entityId: id, before, after });
}

function assertNameFree(ctx: Ctx, name: string, exceptId?: number): void {
  const taken = ctx.db
    .prepare('SELECT 1 FROM party_branches WHERE name = ? AND id IS NOT ?')
    .get(name, exceptId ?? null);
  if (taken) throw new AppError('CONFLICT', `已有名为“${name}”的临时党支部，请换一个名称。`, { name: '名称已被使用' });
}

/** Puts a person in a branch: party members only, and not while they are in another one. */
function join(ctx: Ctx, cadreId: number, branchId: number, as = '成员'): void {
  const person = getCadreRow(ctx, cadreId);
  if (person.branch_id === branchId) return;
  if (!isPartyMember(person.politics)) {
    throw new AppError(
      'BAD_INPUT',
      `“${person.name}”的政治面貌是${person.politics}，只有中共党员和中共预备党员可以编入临时党支部。`,
    );
  }
  if (person.branch_id !== null) {
    throw new AppError(
      'CONFLICT',
      `“${person.name}”已是“${person.branch_name}”的成员，一个人只能属于一个临时党支部。请先从该支部移出，再设为${as}。`,
    );
  }
  ctx.db.prepare('UPDATE cadres SET branch_id = ? WHERE id = ?').run(branchId, cadreId);
}

function setSecretary(ctx: Ctx, branchId: number, secretaryId: number | null | undefined): void {
  if (secretaryId) {
    const person = getCadreRow(ctx, secretaryId);
    if (person.politics !== '中共党员') {
      throw new AppError('BAD_INPUT', `“${person.name}”的政治面貌是${person.politics}，第一书记应为中共党员。`, {
        secretaryId: '第一书记应为中共党员',
      });
    }
    join(ctx, secretaryId, branchId, '第一书记');
  }
  ctx.db.prepare('UPDATE party_branches SET secretary_id = ? WHERE id = ?').run(secretaryId ?? null, branchId);
}

export const branchHandlers: HandlerMap<
  'orgs.branches' | 'orgs.addBranch' | 'orgs.updateBranch' | 'orgs.removeBranch' | 'orgs.setBranch'
> = {
  'orgs.branches': (ctx) => listBranches(ctx),

  'orgs.addBranch': (ctx, { name, community, secretaryId }) =>
    ctx.db.transaction(() => {
      assertNameFree(ctx, name);
      const id = Number(
        ctx.db
          .prepare('INSERT INTO party_branches (name, community_id, created_at) VALUES (?, ?, ?)')
          .run(name, communityId(ctx, community), nowText(ctx.now())).lastInsertRowid,
      );
      setSecretary(ctx, id, secretaryId);
      const after = getBranch(ctx, id);
      audit(ctx, 'orgs.addBranch', id, null, after);
      return after;
    })(),

  'orgs.updateBranch': (ctx, { id, name, community, secretaryId }) =>
    ctx.db.transaction(() => {
      const before = getBranch(ctx, id);
      assertNameFree(ctx, name, id);
      ctx.db
        .prepare('UPDATE party_branches SET name = ?, community_id = ? WHERE id = ?')
        .run(name, communityId(ctx, community), id);
      if (secretaryId !== undefined) setSecretary(ctx, id, secretaryId);
      const after = getBranch(ctx, id);
      audit(ctx, 'orgs.updateBranch', id, before, after);
      return after;
    })(),

  'orgs.removeBranch': (ctx, { id }) =>
    ctx.db.transaction(() => {
      const before = getBranch(ctx, id);
      ctx.db.prepare('UPDATE cadres SET branch_id = NULL WHERE branch_id = ?').run(id);
      ctx.db.prepare('DELETE FROM party_branches WHERE id = ?').run(id);
      audit(ctx, 'orgs.removeBranch', id, before, null);
      return { id };
    })(),

  'orgs.setBranch': (ctx, { cadreId, branchId }) =>
    ctx.db.transaction(() => {
      const person = getCadreRow(ctx, cadreId);
      const from = person.branch_id;
      if (branchId === null) {
        if (from === null) return null;
        ctx.db.prepare('UPDATE cadres SET branch_id = NULL WHERE id = ?').run(cadreId);
        ctx.db
          .prepare('UPDATE party_branches SET secretary_id = NULL WHERE id = ? AND secretary_id = ?')
          .run(from, cadreId);
        audit(ctx, 'orgs.setBranch', from, { member: person.name }, null);
        return getBranch(ctx, from);
      }
      getBranch(ctx, branchId);
      join(ctx, cadreId, branchId);
      const after = getBranch(ctx, branchId);
      audit(ctx, 'orgs.setBranch', branchId, null, { member: person.name });
      return after;
    })(),
};
