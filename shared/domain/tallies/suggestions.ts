/** Items the 设置 panel offers in one click; nothing is put in the database by itself. */
export const tallySuggestions: { name: string; unit: string }[] = [
  { name: '敲门入户户数', unit: '户' },
  { name: '核酸采样督促人数', unit: '人' },
  { name: '物资配送户数', unit: '户' },
  { name: '热线接听件数', unit: '件' },
  { name: '消杀处数', unit: '处' },
];
