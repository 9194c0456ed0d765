/**
 * One backup or restore at a time per open app: a restore closes the connection a running backup
 * copies from, and two backups at once only slow each other down.
 */
import type { Ctx } from '../context';

const tails = new WeakMap<Ctx, Promise<unknown>>();

export function exclusive<T>(ctx: Ctx, work: () => T | Promise<T>): Promise<T> {
  const previous = tails.get(ctx) ?? Promise.resolve();
  const next = previous.then(work, work);
  tails.set(
    ctx,
    next.catch(() => {}),
  );
  return next;
}

/** Resolves once every backup and restore started so far, and any they started in turn, has finished. */
export async function backupsIdle(ctx: Ctx): Promise<void> {
  let tail: Promise<unknown> | undefined;
  do {
    tail = tails.get(ctx);
    await tail;
    await new Promise((resolve) => setImmediate(resolve));
  } while (tails.get(ctx) !== tail);
}
