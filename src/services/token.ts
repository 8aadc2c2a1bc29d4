import Taro from '@tarojs/taro';

const KEY = 'session-token';

/** The bearer token for the H5 gateway (weapp needs none: the cloud knows the caller). */
export function getToken(): string {
  try {
    const v = Taro.getStorageSync(KEY);
    return typeof v === 'string' ? v : '';
  } catch {
    return '';
  }
}

export function setToken(token: string): void {
  try {
    Taro.setStorageSync(KEY, token);
  } catch {
    /* storage full or disabled: the session lasts until reload */
  }
}

export function clearToken(): void {
  try {
    Taro.removeStorageSync(KEY);
  } catch {
    /* nothing to clear */
  }
}
