import { z } from 'zod';
import type { Community, Grid } from './domain/communities';
import type { Settings } from './domain/settings';
import { idSchema, requiredText } from './validation';

/** A method of the API: its input schema, and its output type carried as a phantom. */
function method<I extends z.ZodType>(input: I) {
  return {
    returns<O>(): { input: I; output: O } {
      return { input, output: undefined as O };
    },
  };
}

const none = z.strictObject({});

export interface AppInfo {
  version: string;
  mode: 'electron' | 'browser' | 'cli';
  dataDir: string;
  dbFile: string;
  operator: string;
}

export const contract = {
  'app.info': method(none).returns<AppInfo>(),

  'settings.get': method(none).returns<Settings>(),
  'settings.update': method(
    z.strictObject({
      streetName: z
        .string({ error: '街道名称必须是文字' })
        .transform((s) => s.normalize('NFKC').trim())
        .pipe(z.string().max(40, '街道名称不能超过 40 个字'))
        .optional(),
    }),
  ).returns<Settings>(),

  'communities.list': method(none).returns<Community[]>(),
  'communities.add': method(z.strictObject({ name: requiredText('社区名称', 30) })).returns<Community>(),
  'communities.rename': method(
    z.strictObject({ id: idSchema('社区编号'), name: requiredText('社区名称', 30) }),
  ).returns<Community>(),
  'communities.remove': method(z.strictObject({ id: idSchema('社区编号') })).returns<{ id: number }>(),

  'grids.add': method(
    z.strictObject({ communityId: idSchema('社区编号'), name: requiredText('网格名称', 30) }),
  ).returns<Grid>(),
  'grids.rename': method(z.strictObject({ id: idSchema('网格编号'), name: requiredText('网格名称', 30) })).returns<Grid>(),
  'grids.remove': method(z.strictObject({ id: idSchema('网格编号') })).returns<{ id: number }>(),
};

export type Contract = typeof contract;
export type Method = keyof Contract;
/** What a caller passes (before parsing). */
export type Input<M extends Method> = z.input<Contract[M]['input']>;
/** What a handler receives (after parsing and normalising). */
export type ParsedInput<M extends Method> = z.output<Contract[M]['input']>;
export type Output<M extends Method> = Contract[M]['output'];

export function isMethod(name: unknown): name is Method {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}
