/**
 * The codes every function may answer, whatever its domain, and the client's own (NETWORK). The client needs
 * only these: a function's answer carries its own Chinese message, so pages never ship the domains' tables.
 */
export const GENERIC_ERROR_MESSAGES = {
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

export type GenericErrorCode = keyof typeof GENERIC_ERROR_MESSAGES;

/** The message of a generic code; anything else reads as INTERNAL. */
export function genericErrorMessage(code: string): string {
  return (GENERIC_ERROR_MESSAGES as Record<string, string>)[code] ?? GENERIC_ERROR_MESSAGES.INTERNAL;
}
