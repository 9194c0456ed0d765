export interface Settings {
  /** 街道名称, shown in the title bar and on every printed form. */
  streetName: string;
  /** An entry with no service record for this many days shows on 工作台 as overdue. */
  followUpDays: number;
}

export const defaultSettings: Settings = { streetName: '', followUpDays: 7 };
