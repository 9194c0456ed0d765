import type Database from 'better-sqlite3';
import type { AppInfo, Method, Output, ParsedInput } from '../../shared/contract';
import type { FileStore } from './files/store';
import type { Session } from './operators/session';

/** What every handler gets: it never knows whether Electron, HTTP, the CLI or a test called it. */
export interface Ctx {
  db: Database.Database;
  now: () => Date;
  /** Who the audit log names: the signed-in operator, or the OS user for the CLI and tests. */
  operator: string;
  session: Session;
  info: AppInfo;
  files: FileStore;
  /** The better-sqlite3 build a worker thread must load too (Electron's own). */
  nativeBinding?: string;
  /** Run when the app closes: workers to stop, files to remove. */
  cleanup: Set<() => void>;
}

/** Most handlers answer at once; long work (reading a workbook in a worker) answers with a promise. */
export type Handler<M extends Method> = (ctx: Ctx, input: ParsedInput<M>) => Output<M> | Promise<Output<M>>;
export type HandlerMap<K extends Method> = { [M in K]: Handler<M> };
/** The methods of one domain, by their prefix: MethodsOf<'communities' | 'grids'>. */
export type MethodsOf<P extends string> = Extract<Method, `${P}.${string}`>;
