import { EVENT_ERROR_MESSAGES } from './event-errors';
import { MARKET_ERROR_MESSAGES } from './market-errors';

/** Stable error codes shared by functions and pages. The message is what a resident reads. */
export const ERROR_MESSAGES = {
  ...MARKET_ERROR_MESSAGES,
  ...EVENT_ERROR_MESSAGES,
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
  STATION_NOT_FOUND: '没有找到该站点，请重新选择',
  NOT_A_STATION: '请选择村（社区）一级的文明实践站',
  NODE_NOT_FOUND: '没有找到该组织节点',
  USER_NOT_FOUND: '没有找到该用户',
  HOME_STATION_REQUIRED: '请先选择您所在的文明实践站',
  NOT_PENDING: '该申请已经处理过了',
  ROLE_SCOPE_INVALID: '该角色不能设置在这一级组织上',
  ROLE_NOT_HELD: '该用户没有这个角色',
  CANNOT_REVOKE_SELF: '不能撤销自己的管理员角色',
  LAST_ADMIN: '这是县里最后一位中心管理员，请先任命另一位中心管理员再撤销',
  REQUEST_ID_REUSED: '这个请求编号已用于另一笔不同的积分，请刷新页面后重新提交',
  POINTS_INSUFFICIENT: '爱心积分余额不足',
  POINTS_SELF_ADJUST: '不能给自己调整或奖励积分',
  WISH_NOT_FOUND: '没有找到这个心愿',
  WISH_LIMIT_REACHED: '您已有3个未完成的心愿，请等它们完成后再发布新的心愿',
  WISH_PHONE_REQUIRED: '请填写受助人的手机号码',
  WISH_PROXY_RIGHT_REQUIRED: '为有手机的居民代录心愿需要网格员权限，也可以请居民自己发布',
  WISH_NOT_PENDING: '该心愿已经审核过了',
  WISH_NOT_OPEN: '该心愿当前不在待认领状态',
  WISH_ALREADY_CLAIMED: '手慢了，该心愿已被他人认领',
  WISH_CLAIM_ROLE_REQUIRED: '只有注册志愿者和爱心单位可以认领心愿',
  WISH_CLAIM_LIMIT_REACHED: '您同时认领的心愿已达上限，请先完成已认领的心愿',
  WISH_OWN_CLAIM: '不能认领自己发布的心愿',
  WISH_RECLAIM_COOLDOWN: '您放弃过这个心愿，24小时后才能再次认领',
  WISH_NOT_CLAIMER: '只有认领人可以进行此操作',
  WISH_NOT_CLAIMED: '该心愿当前不在认领中',
  WISH_NOT_FULFILLED: '该心愿还没有完成，暂时不能确认',
  WISH_ALREADY_CONFIRMED: '该心愿已经确认过了',
  WISH_CONFIRM_OWN_CLAIM: '不能确认自己认领的心愿',
  WISH_CANNOT_CANCEL: '心愿已被认领或已结束，不能撤销',
} as const;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

export function errorMessage(code: string): string {
  return (ERROR_MESSAGES as Record<string, string>)[code] ?? ERROR_MESSAGES.INTERNAL;
}
