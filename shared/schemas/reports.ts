import { z } from 'zod';
import { dateText } from './common';

/** A name to print on the report; empty means "leave the line blank". */
const signer = (label: string) =>
  z
    .string({ error: `${label}必须是文字` })
    .transform((s) => s.normalize('NFKC').trim())
    .pipe(z.string().max(20, { error: `${label}最多 20 个字` }))
    .optional();

export const reportDailyInput = z.strictObject({ date: dateText });

export const reportDailyExportInput = z.strictObject({
  date: dateText,
  preparer: signer('填报人'),
  reviewer: signer('审核人'),
});
