import type { HandlerMap, MethodsOf } from '../context';
import { cadreImportHandlers } from './import/handlers';
import { branchHandlers } from './org/branches';
import { orgCounts } from './org/counts';
import { groupHandlers } from './org/groups';
import { registryHandlers } from './registryHandlers';

export const cadreHandlers: HandlerMap<MethodsOf<'cadres' | 'orgs'>> = {
  ...registryHandlers,
  ...cadreImportHandlers,
  ...branchHandlers,
  ...groupHandlers,
  'orgs.counts': (ctx) => orgCounts(ctx),
};
