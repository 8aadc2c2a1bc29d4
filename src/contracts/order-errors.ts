/** The order actions' stable error codes and what a user reads (spread into ERROR_MESSAGES in ./errors.ts). */
export const ORDER_ERROR_MESSAGES = {
  OUT_OF_STOCK: '库存不足',
  ORDER_NOT_FOUND: '没有找到这个订单',
  ORDER_LISTING_NOT_ON_SALE: '有商品已下架或不在售，请刷新后再下单',
  ORDER_MIXED_STATIONS: '一个订单只能包含同一个自提点的商品',
  ORDER_POINTS_UNAVAILABLE: '有商品不支持积分兑换，请选择微信支付',
  LIMIT_PER_BUYER: '超过了该商品的每人限购数量',
  ORDER_NOT_PAYABLE: '订单不是待支付状态',
  ORDER_EXPIRED: '订单超过15分钟未支付，已自动取消',
  POINTS_NOT_ENOUGH: '爱心积分不足',
  PAY_UNAVAILABLE: '微信支付暂时不可用，请稍后再试',
  ORDER_NOT_CANCELLABLE: '订单已支付或已取消，不能取消',
  ORDER_NOT_PAID: '订单尚未支付或已经处理过了',
  ORDER_NOT_REFUNDABLE: '该订单当前不能退款',
  REFUND_UNAVAILABLE: '退款申请失败，请稍后再试',
  PICKUP_CODE_WRONG: '取货码不正确',
  PICKUP_CODE_USED: '这个取货码已经使用过了',
  PICKUP_WRONG_STATION: '这个订单不在本站点自提',
  PICKUP_CODE_LOCKED: '取货码输错次数太多，请1分钟后再试',
  PICKUP_NOT_BUYERS: '这个订单不是出示个人码的这位买家的，请核对后再交付',
  PICKUP_ALREADY_DONE: '这个订单已经交付过了，不用再交付',
  PAYMENT_ISSUE_NOT_FOUND: '没有找到这条支付异常记录',
  PAYMENT_ISSUE_RESOLVED: '这条支付异常已经处理过了',
} as const;

export type OrderErrorCode = keyof typeof ORDER_ERROR_MESSAGES;
