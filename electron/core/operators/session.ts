/**
 * The app's one session. A desktop app has one user at a time: Electron's window, or the browser
 * mode page holding the launch token. The CLI and tests run as the system session, which may do
 * everything and is named after the OS user in the audit log.
 */
import type { Role, SignedIn } from '../../../shared/domain/operators/types';

export type Session =
  | { kind: 'system' }
  | {
      kind: 'interactive';
      operator: SignedIn | null;
      locked: boolean;
      /** ctx.now() of the last call made while signed in (ms). */
      lastActive: number;
      /** Wrong passwords in a row. */
      failures: number;
      /** No sign-in is tried before this time (ms). */
      retryAt: number;
    };

export const systemSession = (): Session => ({ kind: 'system' });

export const interactiveSession = (): Session => ({
  kind: 'interactive',
  operator: null,
  locked: false,
  lastActive: 0,
  failures: 0,
  retryAt: 0,
});

/** Nobody signed in any more (signing out, or data restored with its own operators). */
export function signOut(session: Session): void {
  if (session.kind !== 'interactive') return;
  session.operator = null;
  session.locked = false;
}

/** Five wrong passwords in a row: wait 30 s, doubling with each further miss, at most 15 minutes. */
export const FREE_TRIES = 5;
export function retryDelayMs(failures: number): number {
  if (failures < FREE_TRIES) return 0;
  return Math.min(30_000 * 2 ** (failures - FREE_TRIES), 15 * 60_000);
}

/** The role the session acts with; the system session acts as an administrator. */
export function sessionRole(session: Session): Role | null {
  if (session.kind === 'system') return '管理员';
  return session.operator && !session.locked ? session.operator.role : null;
}
