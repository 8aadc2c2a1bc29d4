/** The market's stable error codes and what a user reads (spread into ERROR_MESSAGES in ./errors.ts). */
export const MARKET_ERROR_MESSAGES = {
  MARKET_PRODUCER_REQUIRED: '请先在站点登记为农户，审核通过后才能上架商品',
  MARKET_PRODUCER_NOT_APPROVED: '该农户的登记还没有通过审核',
  MARKET_PRODUCER_EXISTS: '您已经登记过农户了',
  MARKET_PRODUCER_NOT_FOUND: '没有找到这位农户',
  MARKET_PRODUCER_NOT_PENDING: '该农户登记已经审核过了',
  MARKET_PRODUCER_NO_ACCOUNT: '该农户没有自己的账号，请由站点管理员代为上架',
  MARKET_LISTING_NOT_FOUND: '没有找到这个商品',
  MARKET_NOT_YOUR_LISTING: '只能管理自己的商品',
  MARKET_LISTING_NOT_PENDING: '该商品已经审核过了',
  MARKET_PICKUP_STATION_INVALID: '自提点只能选农户所在的站点，或同一实践所的其他站点',
  MARKET_PHOTO_CHECK_PENDING: '商品图片还在安全检测中，请稍后再审核',
  MARKET_PHOTO_RISKY: '商品图片未通过安全检测，请更换图片后重新提交',
  MARKET_STOCK_EMPTY: '库存为0，请先补充库存',
  MARKET_NOT_ON_SALE: '该商品当前不在售，不能下架',
  MARKET_NOT_OFF_SHELF: '该商品当前不是下架状态，不能上架',
  MARKET_ALREADY_SOLD: '该商品已有销售记录，不能删除，可以下架',
} as const;

export type MarketErrorCode = keyof typeof MARKET_ERROR_MESSAGES;
