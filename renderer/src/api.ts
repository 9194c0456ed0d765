import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import type { Input, Method, Output } from '../../shared/contract';
import type { ErrorCode } from '../../shared/errors';
import { platform } from './platform';
import { authEvents, SESSION_LOST } from './shell/auth/authEvents';

export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Per-field messages, keyed as the form's fields are (name, idNumber, fields.dueDate …). */
    readonly fields?: Record<string, string>,
  ) {
    super(message);
  }
}

export async function call<M extends Method>(method: M, input: Input<M>): Promise<Output<M>> {
  const result = await platform.invoke(method, input);
  if (!result.ok) {
    if (result.code === 'LOCKED' || result.code === 'UNAUTHORIZED') authEvents.dispatchEvent(new Event(SESSION_LOST));
    throw new ApiError(result.code, result.message, result.fields);
  }
  return result.value;
}

/** A read: cached under the method's name and input; writes invalidate by domain prefix. */
export function useApiQuery<M extends Method>(method: M, input: Input<M>, options: { enabled?: boolean } = {}) {
  return useQuery({ queryKey: [method, input], queryFn: () => call(method, input), ...options });
}

/**
 * A write: shows its error message to the user, and refreshes every read of the given domains
 * (the part of a method's name before the dot) once it succeeds.
 */
export function useApiMutation<M extends Method>(
  method: M,
  refresh: string[] = [method.split('.')[0]!],
  options: { silent?: boolean } = {},
) {
  const client = useQueryClient();
  const { message } = App.useApp();
  return useMutation({
    mutationFn: (input: Input<M>) => call(method, input),
    // 工作台 is drawn from every domain, so every write refreshes it too.
    onSuccess: () =>
      client.invalidateQueries({
        predicate: (query) => [...refresh, 'workbench'].includes(String(query.queryKey[0]).split('.')[0]!),
      }),
    // silent: the caller shows the error itself (per-field messages in a form, a confirmation …)
    onError: (error) => (options.silent ? undefined : void message.error(error.message)),
  });
}
