import { describe, expect, it } from 'vitest';
import type { AuthStatus } from '../../../shared/domain/operators/types';
import { fail, openTestApp, ok, okAsync } from '../helpers';
import { womanId } from '../ids';

const start = new Date('2026-11-23T09:30:00+08:00');

function fresh() {
  const core = openTestApp({ session: 'interactive', now: start });
  let t = start.getTime();
  core.ctx.now = () => new Date(t);
  return { core, advance: (ms: number) => (t += ms) };
}

describe('first start and signing in', () => {
  it('asks for setup, refuses every other call until an administrator exists and is signed in', () => {
    const { core } = fresh();
    expect(ok<AuthStatus>(core, 'auth.status')).toMatchObject({ needsSetup: true, operator: null });
    expect(fail(core, 'communities.list')).toMatchObject({ code: 'UNAUTHORIZED', message: '请先登录街道台账。' });
    const status = ok<AuthStatus>(core, 'auth.setup', { name: '张主任', password: 'secret-1' });
    expect(status).toMatchObject({ needsSetup: false, locked: false, operator: { name: '张主任', role: '管理员' } });
    expect(ok(core, 'communities.list')).toEqual([]);
    // A second setup is refused: the first administrator cannot be replaced this way.
    expect(fail(core, 'auth.setup', { name: '李四', password: 'secret-2' }).code).toBe('CONFLICT');
  });

  it('stores a salted scrypt hash, never the password', () => {
    const { core } = fresh();
    ok(core, 'auth.setup', { name: '张主任', password: 'secret-1' });
    ok(core, 'operators.add', { name: '王录入', role: '录入员', password: 'secret-1' });
    const hashes = core.ctx.db.prepare('SELECT password_hash FROM operators').pluck().all() as string[];
    for (const hash of hashes) {
      expect(hash).toMatch(/^scrypt\$32768\$8\$1\$/);
      expect(hash).not.toContain('secret-1');
    }
    expect(hashes[0]).not.toBe(hashes[1]); // same password, different salts
  });

  it('names the signed-in operator in the audit log', () => {
    const { core } = fresh();
    ok(core, 'auth.setup', { name: '张主任', password: 'secret-1' });
    ok(core, 'communities.add', { name: '湖东社区' });
    const row = core.ctx.db.prepare("SELECT operator FROM audit_log WHERE method = 'communities.add'").get();
    expect(row).toEqual({ operator: '张主任' });
    expect(ok<{ operator: string }>(core, 'app.info').operator).toBe('张主任');
  });

  it('a short password is refused with a message', () => {
    const { core } = fresh();
    expect(fail(core, 'auth.setup', { name: '张主任', password: '123' }).message).toContain('密码至少 6 位');
    expect(ok<AuthStatus>(core, 'auth.status').needsSetup).toBe(true);
  });
});

describe('wrong passwords and the lock', () => {
  it('five wrong passwords in a row make the next try wait, even with the right password', () => {
    const { core, advance } = fresh();
    ok(core, 'auth.setup', { name: '张主任', password: 'secret-1' });
    ok(core, 'auth.logout');
    for (let i = 1; i <= 4; i++) {
      const r = fail(core, 'auth.login', { name: '张主任', password: 'wrong' });
      expect(r.code).toBe('UNAUTHORIZED');
      expect(r.message).toContain(`还可试 ${5 - i} 次`);
    }
    expect(fail(core, 'auth.login', { name: '张主任', password: 'wrong' }).message).toContain('30 秒后再试');
    const waiting = fail(core, 'auth.login', { name: '张主任', password: 'secret-1' });
    expect(waiting.code).toBe('TOO_MANY_TRIES');
    expect(ok<AuthStatus>(core, 'auth.status').retryAfterSeconds).toBe(30);
    advance(30_000);
    expect(ok<AuthStatus>(core, 'auth.login', { name: '张主任', password: 'secret-1' }).operator?.name).toBe('张主任');
    // Failures are in the audit log, without the password typed.
    const failed = core.ctx.db
      .prepare("SELECT after FROM audit_log WHERE method = 'auth.login' AND after LIKE '%failed%'")
      .pluck()
      .all() as string[];
    expect(failed).toHaveLength(5);
    expect(failed.join()).not.toContain('wrong');
  });

  it('an unknown name gets the same answer as a wrong password', () => {
    const { core } = fresh();
    ok(core, 'auth.setup', { name: '张主任', password: 'secret-1' });
    ok(core, 'auth.logout');
    const unknown = fail(core, 'auth.login', { name: '不存在', password: 'secret-1' });
    const wrong = fail(core, 'auth.login', { name: '张主任', password: 'nope-nope' });
    expect(unknown.message.replace(/\d/g, '')).toBe(wrong.message.replace(/\d/g, ''));
  });

  it('locks after the idle minutes of the settings, and the password unlocks it', () => {
    const { core, advance } = fresh();
    ok(core, 'auth.setup', { name: '张主任', password: 'secret-1' });
    ok(core, 'settings.update', { idleLockMinutes: 5 });
    advance(4 * 60_000);
    ok(core, 'communities.list'); // activity keeps it open
    advance(5 * 60_000 + 1);
    expect(fail(core, 'communities.list')).toMatchObject({ code: 'LOCKED' });
    expect(ok<AuthStatus>(core, 'auth.status')).toMatchObject({ locked: true, operator: { name: '张主任' } });
    ok(core, 'auth.login', { name: '张主任', password: 'secret-1' });
    expect(ok(core, 'communities.list')).toEqual([]);
  });

  it('auth.lock locks at once', () => {
    const { core } = fresh();
    ok(core, 'auth.setup', { name: '张主任', password: 'secret-1' });
    expect(ok<AuthStatus>(core, 'auth.lock').locked).toBe(true);
    expect(fail(core, 'entries.list', { kind: 'pregnant' }).code).toBe('LOCKED');
  });
});

describe('roles', () => {
  function withRoles() {
    const { core, advance } = fresh();
    ok(core, 'auth.setup', { name: '张主任', password: 'secret-1' });
    ok(core, 'communities.add', { name: '湖东社区' });
    ok(core, 'operators.add', { name: '王录入', role: '录入员', password: 'secret-2' });
    ok(core, 'operators.add', { name: '赵查看', role: '查看', password: 'secret-3' });
    const entry = ok<{ id: number }>(core, 'entries.add', {
      kind: 'pregnant',
      name: '王芳',
      idNumber: womanId('19900307'),
      phones: '13800001111',
      community: '湖东社区',
      fields: {},
    });
    const as = (name: string, password: string) => ok(core, 'auth.login', { name, password });
    return { core, advance, entry, as };
  }

  it('查看 reads, but cannot change, unmask or export anything', () => {
    const { core, entry, as } = withRoles();
    as('赵查看', 'secret-3');
    expect(ok<{ total: number }>(core, 'entries.list', { kind: 'pregnant' }).total).toBe(1);
    const before = core.ctx.db.prepare('SELECT count(*) FROM audit_log').pluck().get();
    for (const [method, input] of [
      ['entries.update', { id: entry.id, name: '改名' }],
      ['entries.revealId', { id: entry.id }],
      ['entries.remove', { id: entry.id }],
      ['exports.ledger', { kind: 'pregnant' }],
      ['communities.add', { name: '湖西社区' }],
      ['settings.update', { streetName: '别的街道' }],
      ['operators.add', { name: '新人', role: '管理员', password: 'secret-9' }],
      ['audit.list', {}],
    ] as const) {
      const r = fail(core, method, input);
      expect(r.code, method).toBe('FORBIDDEN');
      expect(r.message, method).toMatch(/赵查看/);
    }
    expect(core.ctx.db.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(before);
    expect(core.ctx.db.prepare('SELECT name FROM entries').pluck().get()).toBe('王芳');
  });

  it('录入员 edits ledgers but not settings, and exports only masked', async () => {
    const { core, entry, as } = withRoles();
    as('王录入', 'secret-2');
    ok(core, 'services.add', { entryId: entry.id, at: '2026-11-23 09:00', type: '电话随访' });
    expect(fail(core, 'settings.update', { streetName: '别的街道' }).code).toBe('FORBIDDEN');
    expect(fail(core, 'kinds.add', { name: '独居老人', fields: [] }).code).toBe('FORBIDDEN');
    const unmasked = await core.invoke('exports.ledger', { kind: 'pregnant', mask: false });
    expect(unmasked).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    const masked = await core.invoke('exports.ledger', { kind: 'pregnant' });
    expect(masked.ok).toBe(true);
  });

  it('the last administrator cannot be demoted or disabled; a demoted operator loses rights at once', () => {
    const { core, as } = withRoles();
    const admin = ok<{ id: number }[]>(core, 'operators.list')[0]!;
    expect(fail(core, 'operators.update', { id: admin.id, role: '查看' }).message).toContain('唯一的管理员');
    expect(fail(core, 'operators.update', { id: admin.id, disabled: true }).code).toBe('CONFLICT');
    ok(core, 'operators.add', { name: '钱管理', role: '管理员', password: 'secret-4' });
    as('钱管理', 'secret-4');
    ok(core, 'operators.update', { id: admin.id, role: '查看' });
    as('张主任', 'secret-1');
    expect(fail(core, 'settings.update', { streetName: 'x' }).code).toBe('FORBIDDEN');
  });

  it('a disabled operator cannot sign in', () => {
    const { core } = withRoles();
    const clerk = ok<{ id: number; name: string }[]>(core, 'operators.list').find((o) => o.name === '王录入')!;
    ok(core, 'operators.update', { id: clerk.id, disabled: true });
    expect(fail(core, 'auth.login', { name: '王录入', password: 'secret-2' }).message).toContain('已停用');
  });

  it('one changes one’s own password with the current one; an administrator resets another’s', () => {
    const { core, as } = withRoles();
    as('王录入', 'secret-2');
    expect(fail(core, 'operators.setPassword', { currentPassword: 'bad', password: 'newpass-1' }).code).toBe(
      'UNAUTHORIZED',
    );
    ok(core, 'operators.setPassword', { currentPassword: 'secret-2', password: 'newpass-1' });
    as('王录入', 'newpass-1');
    const ids = core.ctx.db.prepare('SELECT id FROM operators ORDER BY id').pluck().all() as number[];
    expect(fail(core, 'operators.setPassword', { id: ids[0], password: 'hijack-1' }).code).toBe('FORBIDDEN');
  });
});

describe('a restore from backup', () => {
  it('signs the session out, so the restored data’s own operators sign in', async () => {
    const { core } = fresh();
    ok(core, 'auth.setup', { name: '张主任', password: 'secret-1' });
    const backup = await okAsync<{ id: string }>(core, 'backups.create');
    await okAsync(core, 'backups.restore', { id: backup.id });
    expect(ok<AuthStatus>(core, 'auth.status')).toMatchObject({ operator: null, needsSetup: false });
    expect(fail(core, 'communities.list').code).toBe('UNAUTHORIZED');
    expect(ok<AuthStatus>(core, 'auth.login', { name: '张主任', password: 'secret-1' }).operator?.name).toBe('张主任');
  });
});
