export interface Settings {
  /** 街道名称, shown in the title bar and on every printed form. */
  streetName: string;
  /** An entry with no service record for this many days shows on 工作台 as overdue. */
  followUpDays: number;
  /** The app locks after this many minutes without use and asks for the password again. */
  idleLockMinutes: number;
  /** A closed entry may be purged for good once closed this many days ago. */
  purgeAfterDays: number;
}

export const defaultSettings: Settings = { streetName: '', followUpDays: 7, idleLockMinutes: 15, purgeAfterDays: 365 };
