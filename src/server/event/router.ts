import type { AttendanceAction } from '../../contracts/attendance';
import type { EventAction } from '../../contracts/event';
import { createRouter, type Action } from '../router';
import { attendanceActions } from '../attendance/actions';
import { cancel } from './cancel';
import { cancelSignUp } from './cancel-sign-up';
import { cancelSlot } from './cancel-slot';
import { detail } from './detail';
import { edit } from './edit';
import { list } from './list';
import { managed } from './managed';
import { mySignUps } from './my-sign-ups';
import { publish } from './publish';
import { removeSignUp } from './remove-sign-up';
import { roster } from './roster';
import { signUp } from './sign-up';

export const eventMain = createRouter('event', {
  publish,
  edit,
  cancel,
  cancelSlot,
  list,
  managed,
  detail,
  signUp,
  cancelSignUp,
  mySignUps,
  roster,
  removeSignUp,
  // Attendance, hours and recognition (src/server/attendance, docs/attendance.md).
  ...attendanceActions,
} satisfies Record<EventAction | AttendanceAction, Action<any, any>>);
