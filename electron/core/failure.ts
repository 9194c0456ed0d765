import { AppError, type Failure } from '../../shared/errors';

/**
 * Any error as the user is told it: an AppError's own message, a busy database as such, and
 * anything else as one sentence — its details and stack go to the log, never to the screen.
 */
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
