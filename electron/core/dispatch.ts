import { contract, isMethod } from '../../shared/contract';
import type { Result } from '../../shared/errors';
import { toFailure } from './failure';

export { toFailure } from './failure';
import { describeIssues } from '../../shared/validation';
import type { Ctx } from './context';
import { handlers } from './handlers';
import { authorize } from './operators/authorize';

/**
 * The one door into the core: checks the method, parses the input against the contract, runs
 * the handler, and turns every failure into { ok:false, code, message } with a Chinese message.
 */
export function dispatch(ctx: Ctx, method: unknown, input: unknown): Result<unknown> | Promise<Result<unknown>> {
  if (!isMethod(method)) {
    return {
      ok: false,
      code: 'UNKNOWN_METHOD',
      message: `没有“${String(method).slice(0, 60)}”这个操作。请更新街道台账，或联系管理员。`,
    };
  }
  const denied = authorize(ctx, method);
  if (denied) return denied;
  const parsed = contract[method].input.safeParse(input ?? {});
  if (!parsed.success) {
    return { ok: false, code: 'BAD_INPUT', message: `输入有误：${describeIssues(parsed.error)}` };
  }
  try {
    const handler = handlers[method] as (ctx: Ctx, input: unknown) => unknown;
    const value = handler(ctx, parsed.data);
    if (value instanceof Promise) return value.then((v) => ({ ok: true, value: v }) as const, toFailure);
    return { ok: true, value };
  } catch (error) {
    return toFailure(error);
  }
}
