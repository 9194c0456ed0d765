import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import type { Input, Method, Output } from '../../shared/contract';
import type { ErrorCode } from '../../shared/errors';
import { platform } from './platform';

export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export async function call<M extends Method>(method: M, input: Input<M>): Promise<Output<M>> {
  const result = await platform.invoke(method, input);
  if (!result.ok) throw new ApiError(result.code, result.message);
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
export function useApiMutation<M extends Method>(method: M, refresh: string[] = [method.split('.')[0]!]) {
  const client = useQueryClient();
  const { message } = App.useApp();
  return useMutation({
    mutationFn: (input: Input<M>) => call(method, input),
    onSuccess: () =>
      client.invalidateQueries({
        predicate: (query) => refresh.includes(String(query.queryKey[0]).split('.')[0]!),
      }),
    onError: (error) => void message.error(error.message),
  });
}
