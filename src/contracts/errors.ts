import { ADMIN_ERROR_MESSAGES } from './admin-errors';
import { ATTENDANCE_ERROR_MESSAGES } from './attendance-errors';
import { DONATION_ERROR_MESSAGES } from './donation-errors';
import { EVENT_ERROR_MESSAGES } from './event-errors';
import { GENERIC_ERROR_MESSAGES } from './generic-errors';
import { LEDGER_ERROR_MESSAGES } from './ledger-errors';
import { MARKET_ERROR_MESSAGES } from './market-errors';
import { ORDER_ERROR_MESSAGES } from './order-errors';
import { POINTS_ERROR_MESSAGES } from './points-errors';
import { USER_ERROR_MESSAGES } from './user-errors';
import { WISH_ERROR_MESSAGES } from './wish-errors';

/**
 * Stable error codes shared by functions and pages. The message is what a resident reads. The generic codes
 * live in ./generic-errors.ts (all the client needs); each domain keeps its own in ./<domain>-errors.ts, spread in below.
 */
export const ERROR_MESSAGES = {
  ...MARKET_ERROR_MESSAGES,
  ...ORDER_ERROR_MESSAGES,
  ...LEDGER_ERROR_MESSAGES,
  ...DONATION_ERROR_MESSAGES,
  ...EVENT_ERROR_MESSAGES,
  ...ATTENDANCE_ERROR_MESSAGES,
  ...USER_ERROR_MESSAGES,
  ...ADMIN_ERROR_MESSAGES,
  ...POINTS_ERROR_MESSAGES,
  ...WISH_ERROR_MESSAGES,
  ...GENERIC_ERROR_MESSAGES,
} as const;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

export function errorMessage(code: string): string {
  return (ERROR_MESSAGES as Record<string, string>)[code] ?? ERROR_MESSAGES.INTERNAL;
}
