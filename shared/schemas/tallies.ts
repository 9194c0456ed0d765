import { z } from 'zod';
import { idSchema, requiredText } from '../validation';
import { dateText } from './common';

/** The unit is checked by the handler (a message that names it as 计量单位). */
const unitText = z.string({ error: '计量单位必须是文字' }).transform((s) => s.normalize('NFKC').trim());

export const tallyAddItemInput = z.strictObject({
  name: requiredText('项目名称', 30),
  unit: unitText,
});

export const tallyUpdateItemInput = z.strictObject({
  id: idSchema('项目编号'),
  name: requiredText('项目名称', 30).optional(),
  unit: unitText.optional(),
  active: z.boolean({ error: '启用状态必须是 是 或 否' }).optional(),
});

export const tallyMoveItemInput = z.strictObject({
  id: idSchema('项目编号'),
  direction: z.enum(['up', 'down'], { error: '移动方向只能是上移或下移' }),
});

export const tallyItemIdInput = z.strictObject({ id: idSchema('项目编号') });

export const tallyDayInput = z.strictObject({ date: dateText });

/** Ranges are checked by the handler, so its message names the community and the item. */
export const tallySaveInput = z.strictObject({
  date: dateText,
  cells: z
    .array(
      z.strictObject({
        communityId: idSchema('社区编号'),
        itemId: idSchema('项目编号'),
        value: z.number({ error: '工作量必须是数字，或留空' }).nullable(),
      }),
      { error: '请提供要保存的格子' },
    )
    .max(20_000, '一次最多保存 20000 格'),
});
