/**
 * Attendance (actions of the function `event`): check-in and check-out by the leader's rotating code, by
 * location or by the volunteer's 个人码, hand marks, and confirming a slot's hours (points through the
 * ledger). The service records with their sheet and seal are in ./service-records.ts, the star levels and
 * the monthly 志愿之星 in ./stars.ts. Zod-free — names, numbers, types of views — for pages; the schemas
 * functions parse with are in ./attendance.schema.ts.
 */
import type { EventCategory } from './event';
import type { GeoPoint } from './geo';
import type { Page, PageRequest } from './paging';
import type { MyRecordsView, RecordSheetView, SealFields, SealView, VerifyView } from './service-records';
import type { Month, PickStarsResult, StarRankingView, StarView } from './stars';

export type AttendanceAction = keyof AttendanceInputs;

/** A hand mark by the leader (or the default at confirmation: 正常 when checked in, else 缺席). */
export const ATTENDANCE_MARKS = ['正常', '迟到', '请假', '缺席'] as const;
export type AttendanceMark = (typeof ATTENDANCE_MARKS)[number];

/**
 * Where one seat's attendance stands: `signed` (a seat, nothing recorded yet), `checked_in`,
 * `checked_out`, `marked` (the leader set the mark or the times by hand; scans no longer change it), and
 * `confirmed` (hours and points credited: a service record when hours > 0).
 */
export const ATTENDANCE_STATES = ['signed', 'checked_in', 'checked_out', 'marked', 'confirmed'] as const;
export type AttendanceState = (typeof ATTENDANCE_STATES)[number];

/**
 * How a time was recorded: by the rotating code, by location, by the leader scanning the volunteer's 个人码 at
 * the event (measured, like a scan of the rotating code), or by the leader's hand.
 */
export const ATTENDANCE_METHODS = ['code', 'location', 'usercode', 'manual'] as const;
export type AttendanceMethod = (typeof ATTENDANCE_METHODS)[number];

/** The volunteer's role in an event, for the role factor: leader of its team, staff over its station, or volunteer. */
export const SERVICE_ROLES = ['leader', 'staff', 'volunteer'] as const;
export type ServiceRole = (typeof SERVICE_ROLES)[number];

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

export const ATTENDANCE_RULES = {
  /** A code is accepted for at most this long after it was issued (a photo of it is useless later). */
  codeMaxAgeMs: 60 * SECOND,
  /** The leader's screen fetches a new code this often (20–30 s). */
  codeRefreshMs: 25 * SECOND,
  /** Check-in and check-out open this long before the slot starts … */
  windowBeforeMs: 2 * HOUR,
  /** … and close this long after it ends. */
  windowAfterMs: 2 * HOUR,
  /** Points factor by the volunteer's role in the event. */
  roleFactors: { leader: 1.4, staff: 1.2, volunteer: 1.0 } as Record<ServiceRole, number>,
  /** Points factor by attendance mark. */
  markFactors: { 正常: 1, 迟到: 0.5, 请假: 0, 缺席: 0 } as Record<AttendanceMark, number>,
  /** The last partial hour: ≤ 15 min counts 0, ≤ 45 min counts 0.5, more counts 1. */
  partialZeroMaxMs: 15 * MINUTE,
  partialHalfMaxMs: 45 * MINUTE,
  /** Our choice: one confirm call credits at most this many seats; the answer says how many remain. */
  confirmBatch: 100,
  /** 志愿之星: at most this many stars per month per scope. */
  starsPerMonthMax: 20,
  /** Our choice: a ranking shows at most this many volunteers. */
  rankingMax: 100,
} as const;

/** What the viewer may do with their own attendance on a slot now (MyAttendanceView.actions). */
export type MyAttendanceAction = 'checkIn' | 'checkOut';
/** What an organiser may do with a slot's attendance now (AttendanceSheetView.actions). */
export type SlotAttendanceAction = 'liveCode' | 'scanPerson' | 'confirm';
/** What an organiser may do with one line of it (AttendanceLine.actions). */
export type LineAttendanceAction = 'mark';

/** Check-in or check-out: with the scanned code, or with the caller's GCJ-02 location (exactly one). */
type Presence = { slotId: string; code?: string; location?: GeoPoint };

/** What each action takes, as pages send it (./attendance.schema.ts parses exactly this). */
export type AttendanceInputs = {
  liveCode: { slotId: string };
  checkIn: Presence;
  checkOut: Presence;
  /** An organiser reads a volunteer's 个人码 (older volunteers without a phone that scans) to check them in or out. */
  checkInPerson: { slotId: string; code: string };
  checkOutPerson: { slotId: string; code: string };
  myAttendance: { slotId: string };
  attendance: { slotId: string } & PageRequest;
  mark: { signUpId: string; mark: AttendanceMark; checkInAt?: number; checkOutAt?: number };
  confirm: { slotId: string };
  myRecords: PageRequest;
  /** With a station: that station's records, a 志愿服务证明 when it has a seal; without: every record, 志愿服务记录. */
  recordSheet: { stationId?: string };
  verify: { number: string };
  seal: { stationId: string };
  setSeal: { stationId: string } & SealFields;
  /** A scope node (a station or an institute; the caller's own scope when left out). */
  starRanking: { month: Month; category?: EventCategory; stationId?: string };
  pickStars: { month: Month; userIds: string[]; category?: EventCategory; stationId?: string };
  stars: { month?: Month } & PageRequest;
};
export type AttendanceInputOf<A extends AttendanceAction> = AttendanceInputs[A];

/** The leader's rotating code: draw `token` as a QR code, fetch a new one after `refreshMs`. */
export type LiveCodeView = {
  token: string;
  slotId: string;
  issuedAt: number;
  expiresAt: number;
  refreshMs: number;
  /** Seats, and how many checked in / out so far. */
  seats: number;
  checkedIn: number;
  checkedOut: number;
};

/** Where a seat stands and how it was recorded: its state, the leader's mark, the check-in and check-out. */
export type SeatRecord = {
  state: AttendanceState;
  mark?: AttendanceMark;
  checkInAt?: number;
  checkOutAt?: number;
  checkInMethod?: AttendanceMethod;
  checkOutMethod?: AttendanceMethod;
};

export type MyAttendanceView = SeatRecord & {
  signUpId: string;
  eventId: string;
  slotId: string;
  eventTitle: string;
  slotStart: number;
  slotEnd: number;
  /** When check-in and check-out are accepted: slot start − 2 h … slot end + 2 h. */
  windowOpensAt: number;
  windowClosesAt: number;
  /** Hours as they stand (credited ones once confirmed). */
  hours: number;
  points?: number;
  /** Where the event is and how near one must be to check in by location. */
  location: GeoPoint;
  radiusM: number;
  actions: MyAttendanceAction[];
};

/** One seat of a slot's attendance, for its organisers. */
export type AttendanceLine = SeatRecord & {
  signUpId: string;
  userId: string;
  name: string;
  phone: string;
  /** The leader entered a time by hand. */
  manual: boolean;
  /** Hours as they stand now (what confirming would credit), or as credited. */
  hours: number;
  /** Points as credited once confirmed; before, a preview: what confirming now would credit (same rule). */
  points?: number;
  actions: LineAttendanceAction[];
};

export type AttendanceSheetView = Page<AttendanceLine> & {
  eventId: string;
  slotId: string;
  eventTitle: string;
  slotStart: number;
  slotEnd: number;
  seats: number;
  checkedIn: number;
  checkedOut: number;
  confirmed: number;
  actions: SlotAttendanceAction[];
};

export type ConfirmResult = {
  slotId: string;
  /** Seats credited by this call. */
  confirmed: number;
  /** Seats that were confirmed before (by an earlier call or another organiser at the same time). */
  alreadyConfirmed: number;
  /** Hours and points this call credited. */
  hours: number;
  points: number;
  /** Seats still to confirm (more than one batch): call again. */
  remaining: number;
};

export type AttendanceOutput = {
  liveCode: LiveCodeView;
  checkIn: MyAttendanceView;
  checkOut: MyAttendanceView;
  /** The volunteer's roster line after the move. */
  checkInPerson: AttendanceLine;
  checkOutPerson: AttendanceLine;
  myAttendance: MyAttendanceView;
  attendance: AttendanceSheetView;
  mark: AttendanceLine;
  confirm: ConfirmResult;
  myRecords: MyRecordsView;
  recordSheet: RecordSheetView;
  verify: VerifyView;
  seal: SealView;
  setSeal: SealView;
  starRanking: StarRankingView;
  pickStars: PickStarsResult;
  stars: Page<StarView>;
};
