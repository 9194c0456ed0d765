export interface Settings {
  /** 街道名称, shown in the title bar and on every printed form. */
  streetName: string;
}

export const defaultSettings: Settings = { streetName: '' };
