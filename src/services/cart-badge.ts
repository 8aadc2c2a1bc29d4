import Taro from '@tarojs/taro';

/**
 * How many lines the device's carts hold, for the 购物车 badge on the 集市 tab. The cart itself lives in
 * services/order (subpackage pages only); it writes this number whenever it changes, so the tab page reads
 * one value and carries no cart code.
 */
export const CART_COUNT_KEY = 'order-cart-count';

export function cartCount(): number {
  try {
    const n = Number(Taro.getStorageSync(CART_COUNT_KEY));
    return Number.isInteger(n) && n > 0 ? n : 0;
  } catch {
    return 0;
  }
}
