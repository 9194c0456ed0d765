import type Database from 'better-sqlite3';
import type { AppInfo, Method, Output, ParsedInput } from '../../shared/contract';
import type { FileStore } from './files/store';

/** What every handler gets: it never knows whether Electron, HTTP, the CLI or a test called it. */
export interface Ctx {
  db: Database.Database;
  now: () => Date;
  operator: string;
  info: AppInfo;
  files: FileStore;
}

export type Handler<M extends Method> = (ctx: Ctx, input: ParsedInput<M>) => Output<M>;
export type HandlerMap<K extends Method> = { [M in K]: Handler<M> };
/** The methods of one domain, by their prefix: MethodsOf<'communities' | 'grids'>. */
export type MethodsOf<P extends string> = Extract<Method, `${P}.${string}`>;
