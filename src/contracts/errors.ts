/** Stable error codes shared by functions and pages. The message is what a resident reads. */
export const ERROR_MESSAGES = {
  VALIDATION_FAILED: '填写的内容有误，请检查后再试',
  UNKNOWN_ACTION: '不支持的操作',
  UNAUTHENTICATED: '请先登录',
  FORBIDDEN: '您没有权限进行此操作',
  OUT_OF_SCOPE: '该事项不在您管理的范围内',
  NOT_FOUND: '没有找到相关内容',
  CONFLICT: '情况已变化，请刷新后再试',
  RATE_LIMITED: '操作太频繁，请稍后再试',
  INTERNAL: '系统繁忙，请稍后再试',
  CONTENT_RISKY: '内容含有不适宜的文字，请修改后再提交',
  STATION_NOT_FOUND: '没有找到该站点，请重新选择',
  NOT_A_STATION: '请选择村（社区）一级的文明实践站',
  NODE_NOT_FOUND: '没有找到该组织节点',
  USER_NOT_FOUND: '没有找到该用户',
  HOME_STATION_REQUIRED: '请先选择您所在的文明实践站',
  NOT_PENDING: '该申请已经处理过了',
  ROLE_SCOPE_INVALID: '该角色不能设置在这一级组织上',
  ROLE_NOT_HELD: '该用户没有这个角色',
  CANNOT_REVOKE_SELF: '不能撤销自己的管理员角色',
} as const;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

export function errorMessage(code: string): string {
  return (ERROR_MESSAGES as Record<string, string>)[code] ?? ERROR_MESSAGES.INTERNAL;
}
