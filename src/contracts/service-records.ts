/**
 * Service records and what is issued from them (actions of the function `event`, see ./attendance.ts): a
 * volunteer's records, the record sheet or certificate, the public check of its number, and the station seal
 * a certificate carries. Zod-free, for pages.
 */
import type { AttendanceMark } from './attendance';
import type { EventCategory } from './event';
import type { AtStation } from './org';
import type { Page } from './paging';
import type { StarLevel } from './stars';

export type SealFields = {
  /** A cloud file id of the station's seal image (uploaded by its staff). */
  fileId: string;
  /** 负责人 */
  head: string;
  /** 经办人 */
  handler: string;
  phone: string;
};

/** A service record (民政部令第67号《志愿服务记录与证明出具办法》): one confirmed seat with hours > 0. */
export type ServiceRecordView = AtStation & {
  id: string;
  volunteerName: string;
  volunteerNumber: string;
  eventId: string;
  eventTitle: string;
  category: EventCategory;
  slotId: string;
  slotStart: number;
  slotEnd: number;
  /** The service day, `YYYY-MM-DD` China time. */
  date: string;
  place: string;
  /** 服务内容 */
  content: string;
  /** Decimal hours (0.5 steps), travel excluded. */
  hours: number;
  mark: AttendanceMark;
  points: number;
  teamName?: string;
  confirmedBy: string;
  confirmedByName: string;
  confirmedAt: number;
  /** Hours from times the leader entered by hand, not measured by check-in / check-out. */
  manual: boolean;
};

export type MyRecordsView = Page<ServiceRecordView> & {
  totalHours: number;
  recordCount: number;
  star: StarLevel;
  /** Hours still to the next star (absent at ★5). */
  nextStarHours?: number;
};

export type RecordSheetView = {
  /** 志愿服务证明 only when the organising station has a seal; otherwise 志愿服务记录. */
  kind: 'certificate' | 'record';
  title: '志愿服务证明' | '志愿服务记录';
  /** The volunteer's verification number: stable per volunteer (the same on every sheet they open). */
  number: string;
  /** The page a QR code of the number opens (the public verification page with ?number=…). */
  verifyPath: string;
  issuedAt: number;
  volunteerName: string;
  volunteerNumber: string;
  /** The sheet's records (the station's when one was named), newest first, at most 200. */
  records: ServiceRecordView[];
  totalHours: number;
  recordCount: number;
  star: StarLevel;
  /** Certificates: the issuing station and its seal. */
  issuer?: { stationId: string; stationName: string; sealFileId: string } & Omit<SealFields, 'fileId'>;
};

/** What anyone signed in can check of a number: nothing more. */
export type VerifyView = { number: string; maskedName: string; totalHours: number; recordCount: number };

export type SealView = { stationId: string; stationName: string; seal?: SealFields & { updatedAt: number; updatedBy: string } };
