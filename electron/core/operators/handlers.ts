import type { HandlerMap, MethodsOf } from '../context';
import { authHandlers } from './authHandlers';
import { operatorHandlers } from './operatorHandlers';

export const operatorsAndAuthHandlers: HandlerMap<MethodsOf<'auth' | 'operators'>> = {
  ...authHandlers,
  ...operatorHandlers,
};
