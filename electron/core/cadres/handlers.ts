import type { HandlerMap, MethodsOf } from '../context';

export const cadreHandlers: HandlerMap<MethodsOf<'cadres' | 'orgs'>> = {};
