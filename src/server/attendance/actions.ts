import type { AttendanceAction } from '../../contracts/attendance';
import type { Action } from '../router';
import { attendanceSheet } from './attendance-sheet';
import { checkIn } from './check-in';
import { checkOut } from './check-out';
import { checkInPerson, checkOutPerson } from './check-in-by-code';
import { confirm } from './confirm';
import { liveCode } from './live-code';
import { mark } from './mark';
import { myAttendance } from './my-attendance';
import { myRecords } from './my-records';
import { pickStars } from './pick-stars';
import { recordSheet } from './record-sheet';
import { seal } from './seal';
import { setSeal } from './set-seal';
import { starRanking } from './star-ranking';
import { stars } from './stars';
import { verify } from './verify';

/** The attendance actions, served by the event function (its router spreads them in). */
export const attendanceActions: Record<AttendanceAction, Action<any, any>> = {
  liveCode,
  checkIn,
  checkOut,
  checkInPerson,
  checkOutPerson,
  myAttendance,
  attendance: attendanceSheet,
  mark,
  confirm,
  myRecords,
  recordSheet,
  verify,
  seal,
  setSeal,
  starRanking,
  pickStars,
  stars,
};
