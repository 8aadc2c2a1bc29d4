/**
 * WeChat's limits on subscribe-message template values (key = type + number, e.g. `thing1`).
 * https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/mp-message-management/subscribe-message/sendMessage.html
 */
const HAN = /\p{Script=Han}/u;
const count = (s: string): number => [...s].length;

type Rule = (v: string) => string | null; // null = valid, else the reason

const maxLen =
  (n: number, pattern?: RegExp, what?: string): Rule =>
  (v) => {
    if (count(v) > n) return `exceeds ${n} characters`;
    if (pattern && !pattern.test(v)) return `must be ${what}`;
    return null;
  };

const DATE = String.raw`\d{4}(?:年\d{1,2}月\d{1,2}日|[-/.]\d{1,2}[-/.]\d{1,2})`;
const CLOCK = String.raw`\d{1,2}:\d{2}(?::\d{2})?`;

export const FIELD_RULES: Record<string, Rule> = {
  thing: maxLen(20),
  number: maxLen(32, /^[-+]?\d+(?:\.\d+)?$/, 'a number'),
  letter: maxLen(32, /^[A-Za-z]+$/, 'letters only'),
  symbol: maxLen(5, /^[\p{P}\p{S}]+$/u, 'symbols only'),
  character_string: maxLen(32, /^[\x21-\x7e]+$/, 'letters, digits and symbols only'),
  phrase: maxLen(5, /^\p{Script=Han}+$/u, 'Chinese characters only'),
  name: (v) => {
    const limit = HAN.test(v) ? 10 : 20;
    return count(v) > limit ? `exceeds ${limit} characters` : null;
  },
  time: maxLen(
    40,
    new RegExp(`^(?:${DATE}\\s*)?${CLOCK}(?:\\s*[~至-]\\s*(?:${DATE}\\s*)?${CLOCK})?$`),
    'a time such as 15:01 or 2019年10月1日 15:01',
  ),
  date: maxLen(40, new RegExp(`^${DATE}(?:\\s*${CLOCK})?(?:\\s*[~至-]\\s*${DATE}(?:\\s*${CLOCK})?)?$`), 'a date such as 2019年10月1日'),
  amount: maxLen(16, /^[¥￥$€£]?\d{1,10}(?:\.\d{1,2})?元?$/, 'an amount such as ¥100.00'),
  phone_number: maxLen(17, /^[\d+\-() ]+$/, 'digits and symbols only'),
  car_number: maxLen(8, /^\p{Script=Han}?[A-Za-z0-9]+\p{Script=Han}?$/u, 'a car number'),
};

/** Checks one `data` entry; returns the reason it is refused, or null. */
export function checkField(key: string, entry: unknown): string | null {
  const m = /^([a-z_]+?)(\d+)$/.exec(key);
  const rule = m ? FIELD_RULES[m[1]] : undefined;
  if (!rule) return 'is not a known template field type';
  if (typeof entry !== 'object' || entry === null || !('value' in entry)) return 'has no value';
  const raw = (entry as { value: unknown }).value;
  if (typeof raw !== 'string' && typeof raw !== 'number') return 'value must be a string';
  const value = String(raw);
  if (value.trim() === '') return 'value is empty';
  return rule(value);
}
