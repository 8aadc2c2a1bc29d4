/** Build-time switches (Taro replaces process.env.TARO_* literally, so dead branches are dropped). */
export const IS_WEAPP = process.env.TARO_ENV === 'weapp';
export const IS_H5 = process.env.TARO_ENV === 'h5';

/** H5: gateway base URL ('' = same origin). */
export const API_BASE = (process.env.TARO_APP_API_BASE || '').replace(/\/+$/, '');

/** H5 against the local CloudBase: log in by picking a demo identity. */
export const DEV_LOGIN = process.env.TARO_ENV === 'h5' && process.env.TARO_APP_DEV_LOGIN === 'true';

/** Pages the code navigates to: the one route table of contracts/routes. */
export { ROUTES } from '@/contracts/routes';
