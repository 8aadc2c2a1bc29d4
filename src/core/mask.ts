/** 13812341234 → 138****1234. Anything that is not a full phone keeps only its last 2 characters. */
export function maskPhone(phone: string): string {
  const p = phone.trim();
  if (/^\d{11}$/.test(p)) return `${p.slice(0, 3)}****${p.slice(7)}`;
  if (p.length <= 2) return '*'.repeat(p.length);
  return `${'*'.repeat(p.length - 2)}${p.slice(-2)}`;
}

/** 张三丰 → 张**, 李四 → 李*. Names are shown to strangers only like this. */
export function maskName(name: string): string {
  const chars = Array.from(name.trim());
  if (chars.length === 0) return '';
  return chars[0] + '*'.repeat(Math.max(1, chars.length - 1));
}
