import type { HandlerMap, MethodsOf } from '../context';

export const appHandlers: HandlerMap<MethodsOf<'app'>> = {
  'app.info': (ctx) => ({ ...ctx.info, operator: ctx.operator }),
};
