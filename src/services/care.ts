import Taro from '@tarojs/taro';
import { listenerSet } from './listeners';

/**
 * 关怀模式 (care mode): large text and larger tap targets for older users, switched on 我的 and remembered on
 * the device. Every size in the stylesheets is in rem (Taro's pxtransform, on H5 and in the mini-program), so
 * enlarging the root font scales text and targets alike: on H5 one class on the root element (app.scss), in
 * the mini-program each page's <page-meta root-font-size> (components/care-mode/page-meta.tsx, subscribed here).
 */
const KEY = 'care-mode';
export const CARE_CLASS = 'care-mode';

function read(): boolean {
  try {
    return Taro.getStorageSync(KEY) === true;
  } catch {
    return false;
  }
}

// Read on first use (the first page's CarePageMeta in the mini-program), and nothing runs at import.
let on: boolean | undefined;
const changes = /* @__PURE__ */ listenerSet();

export const isCareMode = (): boolean => (on ??= read());
export const subscribeCareMode = (listener: () => void) => changes.subscribe(listener);

/** Puts the class on the root element (H5), so the stylesheet's care sizes apply. */
export function applyCareMode(): void {
  if (process.env.TARO_ENV === 'h5') document.documentElement.classList.toggle(CARE_CLASS, isCareMode());
}

export function setCareMode(value: boolean): void {
  on = value;
  try {
    Taro.setStorageSync(KEY, value);
  } catch {
    /* storage full or disabled: the choice lasts until reload */
  }
  applyCareMode();
  changes.notify();
}
