import { z } from 'zod';
import { WORD_MAX } from '../domain/ledgers/words';
import { kindKey } from './ledgers';

const word = z
  .string({ error: '同义词必须是文字' })
  .transform((s) => s.normalize('NFKC').replace(/\s+/g, ' ').trim())
  .pipe(z.string().min(1, '同义词不能是空白').max(WORD_MAX, `同义词不能超过 ${WORD_MAX} 个字`));

const words = z.array(word).max(200, '一项最多 200 个同义词');

/** 'community' or 'fields.f1'. */
const target = z
  .string()
  .max(60, '对应项目无效')
  .regex(/^(?:[a-zA-Z]+|fields\.[A-Za-z][A-Za-z0-9_]{0,39})$/, '对应项目无效');

export const kindWordsInput = z.strictObject({ kind: kindKey });

/** Replaces the words of each target given; other targets keep theirs. */
export const kindSetWordsInput = z.strictObject({
  kind: kindKey,
  targets: z
    .array(
      z.strictObject({
        target,
        aliases: words.default([]),
        optionWords: z.record(z.string().max(30), words).default({}),
        otherWords: words.default([]),
      }),
    )
    .max(100),
});
