/**
 * Calendar days and months in China time (UTC+8, no daylight saving). Imports nothing, so any function can
 * take a month from here without loading a domain's rules.
 */
export const CHINA_OFFSET_MS = 8 * 3_600_000;

/** `YYYY-MM-DD` of `t`, China time. */
export const chinaIsoDate = (t: number): string => new Date(t + CHINA_OFFSET_MS).toISOString().slice(0, 10);

/** `YYYY-MM` of `t`, China time: the month a payment, a donation or an hour counts under. */
export const chinaMonth = (t: number): string => chinaIsoDate(t).slice(0, 7);
