import { z } from 'zod';
import { isDateText } from '../domain/dates';

export const dateText = z
  .string({ error: '日期应写成 2022-04-18 这样' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: '日期应写成 2022-04-18 这样', abort: true })
  .refine(isDateText, '没有这一天，请检查年、月、日');

export const dateTimeText = z
  .string({ error: '时间应写成 2022-04-18 08:30 这样' })
  .regex(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/, { error: '时间应写成 2022-04-18 08:30 这样', abort: true })
  .refine(
    (s) => isDateText(s.slice(0, 10)) && Number(s.slice(11, 13)) < 24 && Number(s.slice(14, 16)) < 60,
    '没有这个时间，请检查日期和时分',
  );

export const page = {
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500, '一次最多取 500 条').default(100),
};

export const optionalText = (max: number) => z.string().max(max, `不能超过 ${max} 个字`).optional();
