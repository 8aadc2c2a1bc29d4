/** The wish function's stable error codes and what a user reads (spread into ERROR_MESSAGES in ./errors.ts). */
export const WISH_ERROR_MESSAGES = {
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

export type WishErrorCode = keyof typeof WISH_ERROR_MESSAGES;
