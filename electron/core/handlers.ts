import type { Method } from '../../shared/contract';
import { appHandlers } from './app/handlers';
import { auditHandlers } from './audit/handlers';
import { backupHandlers } from './backup/handlers';
import { cadreHandlers } from './cadres/handlers';
import { communityHandlers } from './communities/handlers';
import type { HandlerMap } from './context';
import { exportHandlers } from './excel/export/handlers';
import { importHandlers } from './excel/import/handlers';
import { ledgerHandlers } from './ledgers/handlers';
import { operatorsAndAuthHandlers } from './operators/handlers';
import { reportHandlers } from './reports/handlers';
import { rosterHandlers } from './rosters/handlers';
import { settingsHandlers } from './settings/handlers';
import { signinHandlers } from './signins/handlers';
import { tallyHandlers } from './tallies/handlers';
import { workbenchHandlers } from './workbench/handlers';

/** Every method of the contract has exactly one handler: the type checker holds us to it. */
export const handlers: HandlerMap<Method> = {
  ...appHandlers,
  ...settingsHandlers,
  ...communityHandlers,
  ...ledgerHandlers,
  ...workbenchHandlers,
  ...auditHandlers,
  ...exportHandlers,
  ...importHandlers,
  ...cadreHandlers,
  ...signinHandlers,
  ...rosterHandlers,
  ...backupHandlers,
  ...operatorsAndAuthHandlers,
  ...tallyHandlers,
  ...reportHandlers,
};
