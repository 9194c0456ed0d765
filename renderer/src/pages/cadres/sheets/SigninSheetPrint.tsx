/** Print view: a day's sign-in sheet for a community (and post) on A4. */
export function SigninSheetPrint() {
  return <div>签到表</div>;
}
