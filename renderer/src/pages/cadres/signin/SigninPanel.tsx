/** 干部签到 -> 今日签到. */
export function SigninPanel() {
  return <div>今日签到</div>;
}
