/** 干部签到 -> 组织. */
export function OrgPanel() {
  return <div>组织</div>;
}
