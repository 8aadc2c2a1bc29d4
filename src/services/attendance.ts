import Taro from '@tarojs/taro';
import type { AttendanceInputs, AttendanceMark, AttendanceMethod, AttendanceOutput, AttendanceState } from '@/contracts/attendance';
import { STAR_LABELS, type Month } from '@/contracts/stars';
import { ATTENDANCE_ROUTES } from '@/contracts/routes';
import { apiOf } from './actions';
import { withQuery } from './nav';

/**
 * Typed wrappers over the attendance actions of the `event` function, of which they are part (types only
 * from the zod-free contract).
 */
export const attendanceApi = apiOf<AttendanceInputs, AttendanceOutput>('event');

export { ATTENDANCE_ROUTES, STAR_LABELS };

type Page = keyof typeof ATTENDANCE_ROUTES;

/** Opens an attendance page with its query (values encoded; undefined ones left out). */
export function openAttendance(page: Page, query: Record<string, string | undefined> = {}): void {
  void Taro.navigateTo({ url: withQuery(ATTENDANCE_ROUTES[page], query) });
}

export const STATE_TEXT: Record<AttendanceState, string> = {
  signed: '未签到',
  checked_in: '已签到',
  checked_out: '已签退',
  marked: '队长已登记',
  confirmed: '时长已确认',
};

export const METHOD_TEXT: Record<AttendanceMethod, string> = { code: '扫码', location: '定位', usercode: '扫个人码', manual: '手工录入' };

export const MARK_TONE: Record<AttendanceMark, 'success' | 'warning' | 'neutral' | 'danger'> = {
  正常: 'success',
  迟到: 'warning',
  请假: 'neutral',
  缺席: 'danger',
};

/** 2.5 → "2.5 小时", 0 → "0 小时". */
export const hoursText = (h: number): string => `${Number.isInteger(h) ? h : h.toFixed(1)} 小时`;

const CHINA_OFFSET_MS = 8 * 3600 * 1000;

/** The month `ms` falls in, China time: "2026-12". */
export function monthOf(ms: number): Month {
  const d = new Date(ms + CHINA_OFFSET_MS);
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** The month before "2026-01": "2025-12". */
export function previousMonth(m: Month): Month {
  const [y, mo] = m.split('-').map(Number);
  return mo === 1 ? `${y - 1}-12` : `${y}-${String(mo - 1).padStart(2, '0')}`;
}

/** "2026-12" → "2026年12月". */
export function monthText(m: Month): string {
  const [y, mo] = m.split('-').map(Number);
  return `${y}年${mo}月`;
}

/** "HH:MM" on the China day of `dayMs` → ms; null when the text is not a time of day. */
export function timeOnDay(dayMs: number, text: string): number | null {
  const m = /^\s*(\d{1,2})[:：](\d{2})\s*$/.exec(text);
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (h > 23 || min > 59) return null;
  const d = new Date(dayMs + CHINA_OFFSET_MS);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), h, min) - CHINA_OFFSET_MS;
}

export type ScanResult = { ok: true; code: string } | { ok: false; cancelled: boolean; message: string };

/** weapp: the camera scanner, QR codes only (never a photo from the album: a photo of an old code is useless anyway). */
export async function scanCheckInCode(): Promise<ScanResult> {
  try {
    const r = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] });
    const code = (r.result ?? '').trim();
    return code ? { ok: true, code } : { ok: false, cancelled: false, message: '没有读到签到码，请对准队长手机上的二维码再扫一次' };
  } catch (e) {
    const msg = String((e as { errMsg?: string })?.errMsg ?? '');
    if (/cancel/i.test(msg)) return { ok: false, cancelled: true, message: '' };
    if (/auth|permission/i.test(msg)) return { ok: false, cancelled: false, message: '没有相机权限，请在设置里允许使用相机，或按位置签到' };
    return { ok: false, cancelled: false, message: '扫码没有成功，请再试一次，或按位置签到' };
  }
}

/**
 * What the record sheet's QR code says: the verification page with the number. H5: a full link a phone's
 * camera opens (hash routing); weapp: the page path (WeChat's own scanner opens it once the mini-program's
 * QR rule for this path is set in its admin console).
 */
export function verifyLink(verifyPath: string): string {
  if (process.env.TARO_ENV === 'h5' && typeof window !== 'undefined') return `${window.location.origin}/#${verifyPath}`;
  return verifyPath;
}
