/** The points function's stable error codes and what a user reads (spread into ERROR_MESSAGES in ./errors.ts). */
export const POINTS_ERROR_MESSAGES = {
  REQUEST_ID_REUSED: '这个请求编号已用于另一笔不同的积分，请刷新页面后重新提交',
  POINTS_INSUFFICIENT: '爱心积分余额不足',
  POINTS_SELF_ADJUST: '不能给自己调整或奖励积分',
} as const;

export type PointsErrorCode = keyof typeof POINTS_ERROR_MESSAGES;
