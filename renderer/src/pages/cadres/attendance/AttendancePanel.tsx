/** 干部签到 -> 考勤统计. */
export function AttendancePanel() {
  return <div>考勤统计</div>;
}
