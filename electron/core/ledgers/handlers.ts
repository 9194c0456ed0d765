import type { HandlerMap, MethodsOf } from '../context';
import { entryHandlers } from './entryHandlers';
import { kindHandlers } from './kindHandlers';
import { serviceHandlers } from './serviceHandlers';

export const ledgerHandlers: HandlerMap<MethodsOf<'kinds' | 'entries' | 'services'>> = {
  ...kindHandlers,
  ...entryHandlers,
  ...serviceHandlers,
};
