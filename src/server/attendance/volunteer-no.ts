import { createHmac } from 'node:crypto';

/**
 * 志愿者编号, printed on records and used as the record sheet's verification number: `WM` + 12 digits from
 * an HMAC of the user id with the server's secret — the same for a volunteer every time (so two confirmations
 * racing to set it write the same value), not derivable from the id without the secret, and with 10^12
 * values a county's volunteers practically never share one.
 */
export function volunteerNoOf(secret: Buffer, userId: string): string {
  const digest = createHmac('sha256', secret).update(`volunteer-no:${userId}`).digest();
  const n = digest.readBigUInt64BE(0) % 1_000_000_000_000n;
  return `WM${n.toString().padStart(12, '0')}`;
}
