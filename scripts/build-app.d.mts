export function buildApp(): { ok: boolean; output: string };
