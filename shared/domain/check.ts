/** The result of parsing one value: the clean value, or a Chinese message that says what to do. */
export type Check<T> = { ok: true; value: T } | { ok: false; error: string };

export const good = <T>(value: T): Check<T> => ({ ok: true, value });
export const bad = (error: string): Check<never> => ({ ok: false, error });
