import type { HandlerMap, MethodsOf } from '../context';
import { attendanceExport } from './attendanceWorkbook';
import { attendanceReport } from './attendance';
import { importSignins } from './import';
import { signinDay, signinFind, signinSheet } from './queries';
import { correct, signIn, signOut, walkIn } from './write';

export const signinHandlers: HandlerMap<MethodsOf<'signins' | 'attendance'>> = {
  'signins.day': signinDay,
  'signins.find': signinFind,
  'signins.sheet': signinSheet,
  'signins.signIn': (ctx, input) => ctx.db.transaction(() => signIn(ctx, input))(),
  'signins.signOut': (ctx, input) => ctx.db.transaction(() => signOut(ctx, input))(),
  'signins.correct': (ctx, input) => ctx.db.transaction(() => correct(ctx, input))(),
  'signins.walkIn': (ctx, input) => ctx.db.transaction(() => walkIn(ctx, input))(),
  'signins.importPreview': (ctx, input) => importSignins(ctx, input.fileId, false),
  'signins.importCommit': (ctx, input) => importSignins(ctx, input.fileId, true),
  'attendance.report': attendanceReport,
  'attendance.export': attendanceExport,
};
