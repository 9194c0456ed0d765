import { defaultSettings, type Settings } from '../../../shared/domain/settings';
import { recordAudit } from '../audit/record';
import type { Ctx, HandlerMap, MethodsOf } from '../context';

export function readSettings(ctx: Pick<Ctx, 'db'>): Settings {
  const rows = ctx.db.prepare('SELECT key, value FROM settings').all() as { key: string; value: string }[];
  // Other domains keep their own keys in the table too (rosterRules, backup retention): only ours.
  const stored = Object.fromEntries(
    rows.filter((r) => Object.hasOwn(defaultSettings, r.key)).map((r) => [r.key, JSON.parse(r.value)]),
  );
  return { ...defaultSettings, ...stored };
}

export const settingsHandlers: HandlerMap<MethodsOf<'settings'>> = {
  'settings.get': (ctx) => readSettings(ctx),

  'settings.update': (ctx, input) =>
    ctx.db.transaction(() => {
      const before = readSettings(ctx);
      const upsert = ctx.db.prepare(
        'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
      );
      for (const [key, value] of Object.entries(input)) {
        if (value !== undefined) upsert.run(key, JSON.stringify(value));
      }
      const after = readSettings(ctx);
      recordAudit(ctx, { method: 'settings.update', entity: 'settings', entityId: null, before, after });
      return after;
    })(),
};
