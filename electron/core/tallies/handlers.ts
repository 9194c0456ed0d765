import { AppError } from '../../../shared/errors';
import { recordAudit } from '../audit/record';
import type { HandlerMap, MethodsOf } from '../context';
import { getItem, listItems, tallyDay } from './queries';
import { assertItemNameFree, checkUnit, insertItem, writeCells } from './write';

export const tallyHandlers: HandlerMap<MethodsOf<'tallies'>> = {
  'tallies.items': (ctx) => listItems(ctx),

  'tallies.addItem': (ctx, { name, unit }) =>
    ctx.db.transaction(() => {
      checkUnit(unit);
      assertItemNameFree(ctx, name);
      const id = insertItem(ctx, name, unit);
      const after = getItem(ctx, id);
      recordAudit(ctx, { method: 'tallies.addItem', entity: 'tally_item', entityId: id, before: null, after });
      return after;
    })(),

  'tallies.updateItem': (ctx, { id, name, unit, active }) =>
    ctx.db.transaction(() => {
      const before = getItem(ctx, id);
      if (name !== undefined) assertItemNameFree(ctx, name, id);
      if (unit !== undefined) checkUnit(unit);
      ctx.db
        .prepare('UPDATE tally_items SET name = ?, unit = ?, active = ? WHERE id = ?')
        .run(name ?? before.name, unit ?? before.unit, (active ?? before.active) ? 1 : 0, id);
      const after = getItem(ctx, id);
      recordAudit(ctx, { method: 'tallies.updateItem', entity: 'tally_item', entityId: id, before, after });
      return after;
    })(),

  'tallies.moveItem': (ctx, { id, direction }) =>
    ctx.db.transaction(() => {
      const items = listItems(ctx);
      const at = items.findIndex((i) => i.id === id);
      if (at < 0) throw new AppError('NOT_FOUND', '找不到这个工作量项目，可能已被删除。请刷新页面后重试。');
      const to = direction === 'up' ? at - 1 : at + 1;
      if (to < 0 || to >= items.length) return items;
      const order = items.map((i) => i.id);
      [order[at], order[to]] = [order[to]!, order[at]!];
      const set = ctx.db.prepare('UPDATE tally_items SET sort_order = ? WHERE id = ?');
      order.forEach((itemId, index) => set.run(index + 1, itemId));
      const after = listItems(ctx);
      recordAudit(ctx, {
        method: 'tallies.moveItem',
        entity: 'tally_item',
        entityId: id,
        before: { order: items.map((i) => i.name) },
        after: { order: after.map((i) => i.name) },
      });
      return after;
    })(),

  'tallies.removeItem': (ctx, { id }) =>
    ctx.db.transaction(() => {
      const before = getItem(ctx, id);
      if (before.inUse) {
        const days = ctx.db
          .prepare('SELECT COUNT(DISTINCT day) FROM tally_values WHERE item_id = ?')
          .pluck()
          .get(id) as number;
        throw new AppError(
          'IN_USE',
          `不能删除工作量项目“${before.name}”：已有 ${days} 天填了它的数字。请改为“停用”，停用后录入表不再显示它，历史数字仍然保留。`,
        );
      }
      ctx.db.prepare('DELETE FROM tally_items WHERE id = ?').run(id);
      recordAudit(ctx, { method: 'tallies.removeItem', entity: 'tally_item', entityId: id, before, after: null });
      return { id };
    })(),

  'tallies.day': (ctx, { date }) => tallyDay(ctx, date),

  'tallies.save': (ctx, { date, cells }) =>
    ctx.db.transaction(() => {
      const changes = writeCells(ctx, date, cells);
      if (changes.length > 0) {
        recordAudit(ctx, {
          method: 'tallies.save',
          entity: 'tally_day',
          entityId: null,
          before: { date, cells: changes.map(({ community, item, before }) => ({ community, item, value: before })) },
          after: { date, cells: changes.map(({ community, item, after }) => ({ community, item, value: after })) },
        });
      }
      return {
        saved: changes.filter((c) => c.after !== null).length,
        cleared: changes.filter((c) => c.after === null).length,
        day: tallyDay(ctx, date),
      };
    })(),
};
