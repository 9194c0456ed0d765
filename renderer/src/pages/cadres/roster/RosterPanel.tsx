/** 干部签到 -> 人员名册. */
export function RosterPanel() {
  return <div>人员名册</div>;
}
