/** The donation zone's stable error codes and what a user reads (spread into ERROR_MESSAGES in ./errors.ts). */
export const DONATION_ERROR_MESSAGES = {
  DONATION_NOT_FOUND: '没有找到这笔捐赠',
  DONATION_STATION_NOT_FOUND: '没有找到这个站点',
  DONATION_NOT_PENDING: '这笔捐赠已经确认过了',
  DONATION_NOT_RECEIVED: '这笔捐赠还没有确认入库，不能发放',
  DONATION_NOT_ENOUGH: '剩余数量不够，发放数量不能超过剩余数量',
  DONATION_HANDED_IN_FUTURE: '发放时间不能晚于现在',
} as const;

export type DonationErrorCode = keyof typeof DONATION_ERROR_MESSAGES;
