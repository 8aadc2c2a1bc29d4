/**
 * Fitting values into WeChat subscribe-message template fields. Each field key is a type and a number
 * (thing1, phrase2, time3); WeChat refuses a send when any value breaks its type's rule, so values are cut
 * or reformatted here: thing ≤ 20 characters (cut with …), phrase ≤ 5 Chinese characters, name ≤ 10
 * characters (20 without Chinese), number ≤ 32 digits, letter/character_string ≤ 32, symbol ≤ 5,
 * time "2026年1月5日 15:01" and date "2026年1月5日" (China time; epoch milliseconds are formatted),
 * amount "12.50元", phone_number ≤ 17, car_number ≤ 8. A value that cannot be made valid is null.
 */
export const FIELD_TYPES = [
  'thing',
  'number',
  'letter',
  'symbol',
  'character_string',
  'phrase',
  'name',
  'time',
  'date',
  'amount',
  'phone_number',
  'car_number',
] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

const HAN = /\p{Script=Han}/u;
const chars = (s: string): string[] => Array.from(s);

/** The type of a field key (thing1 → thing), or null when WeChat has no such type. */
export function fieldTypeOf(key: string): FieldType | null {
  const m = /^([a-z_]+?)(\d+)$/.exec(key);
  const type = m?.[1];
  return type && (FIELD_TYPES as readonly string[]).includes(type) ? (type as FieldType) : null;
}

/** At most n characters (code points); with `ellipsis`, a cut value ends in … within the n. */
export function cutChars(s: string, n: number, ellipsis = false): string {
  const c = chars(s);
  if (c.length <= n) return s;
  return ellipsis ? c.slice(0, n - 1).join('') + '…' : c.slice(0, n).join('');
}

const keepOnly = (s: string, re: RegExp): string =>
  chars(s)
    .filter((c) => re.test(c))
    .join('');

const CHINA_OFFSET_MS = 8 * 3600 * 1000;
const pad2 = (n: number) => String(n).padStart(2, '0');

/** 2026年1月5日 in China time (UTC+8, no daylight saving). */
export function chinaDate(ms: number): string {
  const d = new Date(ms + CHINA_OFFSET_MS);
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
}

/** 2026年1月5日 15:01 in China time. */
export function chinaDateTime(ms: number): string {
  const d = new Date(ms + CHINA_OFFSET_MS);
  return `${chinaDate(ms)} ${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}`;
}

const DATE = String.raw`\d{4}(?:年\d{1,2}月\d{1,2}日|[-/.]\d{1,2}[-/.]\d{1,2})`;
const CLOCK = String.raw`\d{1,2}:\d{2}(?::\d{2})?`;
const TIME_RE = new RegExp(`^(?:${DATE}\\s*)?${CLOCK}(?:\\s*[~至-]\\s*(?:${DATE}\\s*)?${CLOCK})?$`);
const DATE_RE = new RegExp(`^${DATE}(?:\\s*${CLOCK})?(?:\\s*[~至-]\\s*${DATE}(?:\\s*${CLOCK})?)?$`);
const EPOCH_MS = /^\d{12,13}$/;
const NUMBER_RE = /^[-+]?\d+(?:\.\d+)?$/;
const CAR_RE = /^\p{Script=Han}?[A-Za-z0-9]+\p{Script=Han}?$/u;
const AMOUNT_RE = /^[¥￥$€£]?\d{1,10}(?:\.\d{1,2})?元?$/;

const orNull = (s: string): string | null => (s === '' ? null : s);

/** The value WeChat accepts for a field of `type`, made from `raw`; null when none can be made. */
export function fitValue(type: FieldType, raw: string | number): string | null {
  const v = String(raw).replace(/\s+/g, ' ').trim();
  if (v === '') return null;
  switch (type) {
    case 'thing':
      return cutChars(v, 20, true);
    case 'phrase':
      return orNull(cutChars(keepOnly(v, HAN), 5));
    case 'name':
      return cutChars(v, HAN.test(v) ? 10 : 20);
    case 'number': {
      const n = v.replace(/,/g, '');
      return NUMBER_RE.test(n) && n.length <= 32 ? n : null;
    }
    case 'letter':
      return orNull(cutChars(keepOnly(v, /[A-Za-z]/), 32));
    case 'symbol':
      return orNull(cutChars(keepOnly(v, /[\p{P}\p{S}]/u), 5));
    case 'character_string':
      return orNull(cutChars(keepOnly(v, /[\x21-\x7e]/), 32));
    case 'time':
      if (EPOCH_MS.test(v)) return chinaDateTime(Number(v));
      return TIME_RE.test(v) && chars(v).length <= 40 ? v : null;
    case 'date':
      if (EPOCH_MS.test(v)) return chinaDate(Number(v));
      return DATE_RE.test(v) && chars(v).length <= 40 ? v : null;
    case 'amount': {
      if (AMOUNT_RE.test(v)) return v;
      const n = Number(v.replace(/[¥￥元,]/g, ''));
      return Number.isFinite(n) && n >= 0 && n < 1e10 ? `${n.toFixed(2)}元` : null;
    }
    case 'phone_number':
      return orNull(cutChars(keepOnly(v, /[\d+\-() ]/), 17).trim());
    case 'car_number': {
      const plate = cutChars(v.replace(/\s/g, ''), 8);
      return CAR_RE.test(plate) ? plate : null;
    }
  }
}

export type TemplateData = Record<string, { value: string }>;

/**
 * The `data` of a send: each template field (`fields`: our name → field key) filled from `values` (by our
 * names) and fitted to its type. `missing` lists our names with no usable value; WeChat refuses a send
 * with an empty field, so the caller sends nothing then.
 */
export function templateData(
  fields: Record<string, string>,
  values: Record<string, string | number | undefined>,
): { data: TemplateData; missing: string[] } {
  const data: TemplateData = {};
  const missing: string[] = [];
  for (const [name, key] of Object.entries(fields)) {
    const type = fieldTypeOf(key);
    const raw = values[name];
    const value = type && raw !== undefined ? fitValue(type, raw) : null;
    if (value === null) missing.push(name);
    else data[key] = { value };
  }
  return { data, missing };
}

/** A page path for the send: WeChat wants it without the leading slash. */
export function subscribePage(link: string | undefined): string | undefined {
  if (!link) return undefined;
  const page = link.replace(/^\/+/, '');
  return page === '' ? undefined : page;
}
