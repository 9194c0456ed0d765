import type { AuthStatus, Operator } from '../domain/operators/types';
import {
  authLoginInput,
  authSetupInput,
  operatorAddInput,
  operatorPasswordInput,
  operatorUpdateInput,
} from '../schemas/operators';
import { method, none } from './method';

/** Signing in, the idle lock, and the operators an administrator manages. */
export const operatorContract = {
  /** Answers without a session: the renderer shows setup, sign-in or the app from it. */
  'auth.status': method(none).returns<AuthStatus>(),
  /** First start only: creates the administrator and signs them in. */
  'auth.setup': method(authSetupInput).returns<AuthStatus>(),
  /** Five wrong passwords in a row make the next try wait (retryAfterSeconds). */
  'auth.login': method(authLoginInput).returns<AuthStatus>(),
  /** Locks the app; signing in again unlocks it. */
  'auth.lock': method(none).returns<AuthStatus>(),
  'auth.logout': method(none).returns<AuthStatus>(),

  'operators.list': method(none).returns<Operator[]>(),
  'operators.add': method(operatorAddInput).returns<Operator>(),
  /** The last active administrator cannot be demoted or disabled. */
  'operators.update': method(operatorUpdateInput).returns<Operator>(),
  /** One's own password (with the current one), or an administrator resetting another's. */
  'operators.setPassword': method(operatorPasswordInput).returns<{ id: number }>(),
};
