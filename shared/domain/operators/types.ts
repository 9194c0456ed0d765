/** Operators (操作员) and what each role may do. */

export const ROLES = ['管理员', '录入员', '查看'] as const;
export type Role = (typeof ROLES)[number];

/** 管理员: everything. 录入员: ledgers, sign-ins, rosters; no settings, no unmasked export. 查看: read, masked. */
export const ROLE_NOTES: Record<Role, string> = {
  管理员: '全部功能，包括设置、操作员、备份与恢复、导出完整身份证号',
  录入员: '录入和修改台账、签到、排班；不能改设置，导出时身份证号隐藏',
  查看: '只能查看，身份证号隐藏',
};

export interface Operator {
  id: number;
  name: string;
  role: Role;
  disabled: boolean;
  createdAt: string;
  lastLoginAt: string | null;
}

export interface SignedIn {
  id: number;
  name: string;
  role: Role;
}

/** Where the app's one session stands; the renderer shows setup, sign-in or the app from it. */
export interface AuthStatus {
  /** No operator yet: the first start creates the administrator. */
  needsSetup: boolean;
  /** Who is signed in (also while locked, so the lock screen can name them). */
  operator: SignedIn | null;
  /** Locked after idle minutes or by hand: the password is asked again. */
  locked: boolean;
  idleLockMinutes: number;
  /** After five wrong passwords in a row: seconds until the next try is accepted. */
  retryAfterSeconds: number;
  /**
   * The data file was found damaged at start and replaced by an empty one: setup and sign-in say
   * so, and after signing in an administrator can restore the offered backup.
   */
  damagedAt: string | null;
}
