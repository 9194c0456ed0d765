import type { StagedFile } from '../platform';
import type {
  AttendanceReport,
  SigninDay,
  SigninImportResult,
  SigninMatch,
  SigninRow,
  SigninSheet,
} from '../domain/signins/types';
import {
  attendanceInput,
  signinCorrectInput,
  signinDayInput,
  signinFindInput,
  signinImportInput,
  signInInput,
  signinSheetInput,
  signOutInput,
  walkInInput,
} from '../schemas/signins';
import { method } from './method';

/** 签到: daily sign-in and sign-out, corrections, printed sheets and the attendance report. */
export const signinContract = {
  /** The day's sign-ins (of a community), and who of the registry is expected but has not come. */
  'signins.day': method(signinDayInput).returns<SigninDay>(),
  /** Active registry members by name, phone or pinyin initials, with their sign-in of the day. */
  'signins.find': method(signinFindInput).returns<SigninMatch[]>(),
  /** Refused (CONFLICT) when the person has already signed in that day. */
  'signins.signIn': method(signInInput).returns<SigninRow>(),
  /** Before the sign-in's clock time means the next morning (night duty). */
  'signins.signOut': method(signOutInput).returns<SigninRow>(),
  /** Corrects the times or note of one sign-in; written to the audit log. */
  'signins.correct': method(signinCorrectInput).returns<SigninRow>(),
  /** Adds someone not in the registry on the spot and signs them in. */
  'signins.walkIn': method(walkInInput).returns<SigninRow>(),
  /** Who the printed sheet of a day, community and post lists. */
  'signins.sheet': method(signinSheetInput).returns<SigninSheet>(),
  /** Reads a staged CSV/Excel of sign-ins and says what committing it would do; writes nothing. */
  'signins.importPreview': method(signinImportInput).returns<SigninImportResult>(),
  'signins.importCommit': method(signinImportInput).returns<SigninImportResult>(),

  /** Per person and per 派出单位: days signed in, hours on duty, days without sign-out. */
  'attendance.report': method(attendanceInput).returns<AttendanceReport>(),
  /** The report as an official-style workbook: 汇总 and one sheet per unit. */
  'attendance.export': method(attendanceInput).returns<StagedFile>(),
};
