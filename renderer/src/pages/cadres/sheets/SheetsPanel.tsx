/** 干部签到 -> 签到表打印. */
export function SheetsPanel() {
  return <div>签到表打印</div>;
}
