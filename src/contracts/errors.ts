import { EVENT_ERROR_MESSAGES } from './event-errors';
import { MARKET_ERROR_MESSAGES } from './market-errors';
import { POINTS_ERROR_MESSAGES } from './points-errors';
import { USER_ERROR_MESSAGES } from './user-errors';
import { WISH_ERROR_MESSAGES } from './wish-errors';

/**
 * Stable error codes shared by functions and pages. The message is what a resident reads. The generic codes
 * live here; each domain keeps its own in ./<domain>-errors.ts, spread in below.
 */
export const ERROR_MESSAGES = {
  ...MARKET_ERROR_MESSAGES,
  ...EVENT_ERROR_MESSAGES,
  ...USER_ERROR_MESSAGES,
  ...POINTS_ERROR_MESSAGES,
  ...WISH_ERROR_MESSAGES,
  VALIDATION_FAILED: '填写的内容有误，请检查后再试',
  UNKNOWN_ACTION: '不支持的操作',
  UNAUTHENTICATED: '请先登录',
  FORBIDDEN: '您没有权限进行此操作',
  OUT_OF_SCOPE: '该事项不在您管理的范围内',
  NOT_FOUND: '没有找到相关内容',
  CONFLICT: '情况已变化，请刷新后再试',
  RATE_LIMITED: '操作太频繁，请稍后再试',
  INTERNAL: '系统繁忙，请稍后再试',
  NETWORK: '网络不好，请稍后再试',
  CONTENT_RISKY: '内容含有不适宜的文字，请修改后再提交',
} as const;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

export function errorMessage(code: string): string {
  return (ERROR_MESSAGES as Record<string, string>)[code] ?? ERROR_MESSAGES.INTERNAL;
}
