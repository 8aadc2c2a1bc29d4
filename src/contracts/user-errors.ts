/** Stable error codes of users, roles and the organisation tree (functions user and org) and what a user reads (spread into ERROR_MESSAGES in ./errors.ts). */
export const USER_ERROR_MESSAGES = {
  STATION_NOT_FOUND: '没有找到该站点，请重新选择',
  NOT_A_STATION: '请选择村（社区）一级的文明实践站',
  NODE_NOT_FOUND: '没有找到该组织节点',
  USER_NOT_FOUND: '没有找到该用户',
  HOME_STATION_REQUIRED: '请先选择您所在的文明实践站',
  NOT_PENDING: '该申请已经处理过了',
  ROLE_SCOPE_INVALID: '该角色不能设置在这一级组织上',
  ROLE_NOT_HELD: '该用户没有这个角色',
  CANNOT_REVOKE_SELF: '不能撤销自己的管理员角色',
  USER_CODE_INVALID: '这不是有效的个人码，请让对方打开“我的”页面重新出示',
  USER_CODE_EXPIRED: '个人码已过期，请让对方刷新“我的”页面后重新出示',
  TEAM_NOT_FOUND: '没有找到这支志愿服务队，请重新选择',
  TEAM_NOT_AT_STATION: '这支服务队不属于所选站点，请选择该站点下的服务队',
  LAST_ADMIN: '这是县里最后一位中心管理员，请先任命另一位中心管理员再撤销',
} as const;

export type UserErrorCode = keyof typeof USER_ERROR_MESSAGES;
