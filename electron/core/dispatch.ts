import { contract, isMethod } from '../../shared/contract';
import { AppError, type Failure, type Result } from '../../shared/errors';
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

export function toFailure(error: unknown): Failure {
  if (error instanceof AppError) {
    return error.fields
      ? { ok: false, code: error.code, message: error.message, fields: error.fields }
      : { ok: false, code: error.code, message: error.message };
  }
  const code = (error as { code?: string }).code;
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
    return { ok: false, code: 'DB_LOCKED', message: '数据库正忙（可能有导入或备份正在进行），请稍后再试。' };
  }
  // The details go to the log; the user gets a sentence, not a JavaScript error text.
  console.error(error);
  return {
    ok: false,
    code: 'INTERNAL',
    message: '程序内部出错，本次操作没有保存。请重试；如果反复出现，请联系管理员。',
  };
}
