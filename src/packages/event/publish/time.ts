/** Dates and times as the form's pickers show them (China time), and back to epoch milliseconds. */
const CHINA_OFFSET_MS = 8 * 3600 * 1000;
const DAY_MS = 24 * 3600 * 1000;
const pad = (n: number) => String(n).padStart(2, '0');

export type SlotDraft = { date: string; start: string; end: string; capacity: string; id?: string };

/** 2026-12-05 */
export function dateOf(ms: number): string {
  const d = new Date(ms + CHINA_OFFSET_MS);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** 09:30 */
export function timeOf(ms: number): string {
  const d = new Date(ms + CHINA_OFFSET_MS);
  return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** Epoch ms of a China date and time; NaN when either is malformed. */
export function at(date: string, time: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!m || !t) return NaN;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(t[1]), Number(t[2])) - CHINA_OFFSET_MS;
}

/** A first slot three days ahead, 09:00–11:00; each next one 14:00–16:00 the same day, then the next day. */
export function nextSlot(prev: SlotDraft | undefined, now = Date.now()): SlotDraft {
  if (!prev) return { date: dateOf(now + 3 * DAY_MS), start: '09:00', end: '11:00', capacity: '30' };
  if (prev.start < '14:00') return { date: prev.date, start: '14:00', end: '16:00', capacity: prev.capacity };
  return { date: dateOf(at(prev.date, '12:00') + DAY_MS), start: '09:00', end: '11:00', capacity: prev.capacity };
}
