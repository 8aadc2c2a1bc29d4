/** The event function's stable error codes and what a user reads (spread into ERROR_MESSAGES in ./errors.ts). */
export const EVENT_ERROR_MESSAGES = {
  EVENT_NOT_FOUND: '没有找到这个活动',
  EVENT_SLOT_NOT_FOUND: '没有找到这个场次',
  EVENT_SIGNUP_NOT_FOUND: '没有找到这条报名记录',
  EVENT_PUBLISH_FORBIDDEN: '只有志愿服务队队长和站点管理员可以发布活动',
  EVENT_NOT_ORGANISER: '只有组织本活动的服务队队长或辖区管理员可以进行此操作',
  EVENT_TEAM_INVALID: '所选服务队不属于该站点，请重新选择',
  EVENT_TIME_INVALID: '活动时间不合理，请检查后再提交',
  EVENT_EDIT_LOCKED: '报名开始后只能修改活动介绍、地址和增加名额',
  EVENT_CAPACITY_DECREASE: '名额只能增加，不能减少',
  EVENT_CANCELLED: '该活动已取消',
  EVENT_SLOT_CANCELLED: '该场次已取消',
  EVENT_VOLUNTEER_REQUIRED: '只有审核通过的注册志愿者可以报名活动',
  EVENT_SIGNUP_NOT_OPEN: '报名还没有开始',
  EVENT_SIGNUP_CLOSED: '报名已经截止',
  EVENT_ALREADY_SIGNED_UP: '您已经报名（或正在候补）这个场次了',
  EVENT_SLOT_OVERLAP: '您已报名了时间重叠的其他场次，同一时间只能参加一个场次',
  EVENT_CANCEL_TOO_LATE: '场次开始前2小时内不能再取消报名，如有特殊情况请联系队长',
  EVENT_SIGNUP_ENDED: '这条报名已经取消或结束了',
  EVENT_DAY_BUSY: '您当天报名和取消的次数太多了，请联系活动组织者',
} as const;

export type EventErrorCode = keyof typeof EVENT_ERROR_MESSAGES;
