import { ADMIN_ERROR_MESSAGES } from '@/contracts/admin-errors';
import { ATTENDANCE_ERROR_MESSAGES } from '@/contracts/attendance-errors';
import { DONATION_ERROR_MESSAGES } from '@/contracts/donation-errors';
import { ERROR_MESSAGES, errorMessage } from '@/contracts/errors';
import { EVENT_ERROR_MESSAGES } from '@/contracts/event-errors';
import { LEDGER_ERROR_MESSAGES } from '@/contracts/ledger-errors';
import { MARKET_ERROR_MESSAGES } from '@/contracts/market-errors';
import { ORDER_ERROR_MESSAGES } from '@/contracts/order-errors';
import { POINTS_ERROR_MESSAGES } from '@/contracts/points-errors';
import { USER_ERROR_MESSAGES } from '@/contracts/user-errors';
import { WISH_ERROR_MESSAGES } from '@/contracts/wish-errors';

const DOMAINS = {
  admin: ADMIN_ERROR_MESSAGES,
  attendance: ATTENDANCE_ERROR_MESSAGES,
  donation: DONATION_ERROR_MESSAGES,
  event: EVENT_ERROR_MESSAGES,
  ledger: LEDGER_ERROR_MESSAGES,
  market: MARKET_ERROR_MESSAGES,
  order: ORDER_ERROR_MESSAGES,
  points: POINTS_ERROR_MESSAGES,
  user: USER_ERROR_MESSAGES,
  wish: WISH_ERROR_MESSAGES,
};

describe('error codes, one map per domain spread into ERROR_MESSAGES', () => {
  it.each(Object.entries(DOMAINS))('%s: every code reaches ERROR_MESSAGES with its own message', (_, map) => {
    for (const [code, message] of Object.entries(map)) expect([code, errorMessage(code)]).toEqual([code, message]);
  });

  it('no two domains (nor a domain and the generic codes) use the same code: a spread would hide one', () => {
    const codes = Object.values(DOMAINS).flatMap((m) => Object.keys(m));
    expect(new Set(codes).size).toBe(codes.length);
    const domainCount = codes.length;
    expect(Object.keys(ERROR_MESSAGES).length).toBeGreaterThan(domainCount);
    const generic = Object.keys(ERROR_MESSAGES).filter((c) => !codes.includes(c));
    expect(generic.sort()).toEqual(
      [
        'CONFLICT',
        'CONTENT_RISKY',
        'FORBIDDEN',
        'INTERNAL',
        'NETWORK',
        'NOT_FOUND',
        'OUT_OF_SCOPE',
        'RATE_LIMITED',
        'UNAUTHENTICATED',
        'UNKNOWN_ACTION',
        'VALIDATION_FAILED',
      ].sort(),
    );
  });

  it('the codes the wish pages and functions name are where they were', () => {
    expect(ERROR_MESSAGES.WISH_ALREADY_CLAIMED).toBe('手慢了，该心愿已被他人认领');
    expect(ERROR_MESSAGES.POINTS_INSUFFICIENT).toBe('爱心积分余额不足');
    expect(ERROR_MESSAGES.LAST_ADMIN).toContain('最后一位中心管理员');
  });
});
