import { payCallbackMain } from '../../src/server/order/pay-callback';

/** Cloud function `payCallback`: WeChat's pay and refund notifications (src/server/order/pay-callback.ts). */
export const main = payCallbackMain;
