/** Attendance, hours and recognition: stable error codes and what a user reads (spread into ERROR_MESSAGES in ./errors.ts). */
export const ATTENDANCE_ERROR_MESSAGES = {
  CHECKIN_TOO_EARLY: '还没到签到时间：场次开始前2小时才能签到或签退',
  CHECKIN_TOO_LATE: '签到时间已过：场次结束2小时后不能再签到或签退，请联系队长补录',
  CHECKIN_TOO_FAR: '您不在活动地点附近，请到活动现场签到，或扫描队长出示的签到码',
  CHECKIN_NEED_PROOF: '请扫描队长出示的签到码，或允许获取位置后按位置签到',
  CHECKIN_ALREADY: '您已经签到过了',
  CHECKIN_MARKED: '队长已为您登记了本场考勤，如有疑问请联系队长',
  CHECKOUT_NOT_CHECKED_IN: '您还没有签到，请先签到',
  CHECKOUT_ALREADY: '您已经签退过了',
  CODE_EXPIRED: '签到码已过期，请扫描队长手机上最新的签到码',
  CODE_WRONG_SLOT: '这个签到码不是本场次的，请确认您扫描的是本场次的签到码',
  CODE_BAD_SIGNATURE: '签到码无效，请扫描队长手机上显示的签到码',
  CODE_REPLAYED: '这个签到码您已经用过了，请扫描最新的签到码',
  NOT_SIGNED_UP: '您没有报名这个场次，不能签到',
  SIGNUP_WAITLISTED: '您还在候补中，没有正式名额，不能签到',
  ATTENDANCE_NOT_SEATED: '这条报名不是正式名额（已取消、已移出或在候补），不能登记考勤',
  ATTENDANCE_CONFIRMED: '本场次的时长已经确认，不能再修改考勤',
  ATTENDANCE_TIMES_INVALID: '签到、签退时间不合理：签退要晚于签到，且都在场次开始前2小时到结束后2小时之内',
  ATTENDANCE_SLOT_NOT_ENDED: '场次结束后才能确认时长',
  ATTENDANCE_SLOT_CANCELLED: '该场次已取消，不能签到或确认时长',
  RECORD_NUMBER_NOT_FOUND: '没有找到这个验证编号，请核对后再试',
  SEAL_STATION_INVALID: '只能为站点上传公章',
  STAR_MONTH_INVALID: '只能评选已经开始的月份',
  STAR_TOO_MANY: '每个辖区每月最多评选20名志愿之星',
  STAR_NOT_ELIGIBLE: '所选志愿者本月在本辖区没有已确认的服务时长',
  STAR_SCOPE_INVALID: '请选择您管理的站点或实践所',
} as const;

export type AttendanceErrorCode = keyof typeof ATTENDANCE_ERROR_MESSAGES;

/**
 * The same refusals when an organiser checks a volunteer in or out by their 个人码 (checkInPerson,
 * checkOutPerson): the code stays, the message speaks to the leader about the volunteer.
 */
export const ATTENDANCE_ORGANISER_MESSAGES: Partial<Record<AttendanceErrorCode, string>> = {
  CHECKIN_TOO_LATE: '签到时间已过：场次结束2小时后不能再签到或签退，请在考勤名单里手工登记',
  CHECKIN_ALREADY: '这位志愿者已经签到过了',
  CHECKIN_MARKED: '本场已为这位志愿者手工登记了考勤，扫码不再改变它，请在考勤名单里修改',
  CHECKOUT_NOT_CHECKED_IN: '这位志愿者还没有签到，请先为他签到',
  CHECKOUT_ALREADY: '这位志愿者已经签退过了',
  CODE_REPLAYED: '这个个人码刚刚用过，请让志愿者刷新“我的”页面的个人码后再扫',
  NOT_SIGNED_UP: '这位志愿者没有报名这个场次，不能签到',
  SIGNUP_WAITLISTED: '这位志愿者还在候补中，没有正式名额，不能签到',
};
