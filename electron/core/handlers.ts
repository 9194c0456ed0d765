import type { Method } from '../../shared/contract';
import { appHandlers } from './app/handlers';
import { communityHandlers } from './communities/handlers';
import type { HandlerMap } from './context';
import { settingsHandlers } from './settings/handlers';

/** Every method of the contract has exactly one handler: the type checker holds us to it. */
export const handlers: HandlerMap<Method> = {
  ...appHandlers,
  ...settingsHandlers,
  ...communityHandlers,
};
