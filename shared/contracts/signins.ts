/** 签到: daily sign-in and sign-out, corrections, printed sheets and the attendance report. */
export const signinContract = {};
