import Taro from '@tarojs/taro';
import { listenerSet } from './listeners';

/**
 * The consent step before any privacy API (getLocation).
 * weapp: WeChat's privacy agreement (getPrivacySetting / onNeedPrivacyAuthorization); the popup's agree button
 * has open-type "agreePrivacyAuthorization" and this id, so WeChat sees the user's own tap.
 * H5: a first-use consent dialog, remembered in storage.
 * Shown by components/privacy-popup, which must be on any page that calls a privacy API.
 */
export const PRIVACY_AGREE_BUTTON_ID = 'btn-privacy-agree';
const H5_KEY = 'privacy-consent-v1';

type WxResolve = (option: { event: 'exposureAuthorization' | 'agree' | 'disagree'; buttonId?: string }) => void;

let visible = false;
let waiting: ((agreed: boolean) => void)[] = [];
let wxResolves: WxResolve[] = [];
const changes = listenerSet();
let installed = false;

export function isPrivacyPopupVisible(): boolean {
  return visible;
}

export const subscribePrivacy = changes.subscribe;

function open(): Promise<boolean> {
  return new Promise((resolve) => {
    waiting.push(resolve);
    visible = true;
    changes.notify();
  });
}

function close(agreed: boolean): void {
  const ws = waiting;
  const rs = wxResolves;
  waiting = [];
  wxResolves = [];
  visible = false;
  changes.notify();
  rs.forEach((r) => r(agreed ? { event: 'agree', buttonId: PRIVACY_AGREE_BUTTON_ID } : { event: 'disagree' }));
  ws.forEach((w) => w(agreed));
}

/** Called by the popup once mounted (weapp): WeChat asks us when a privacy API needs consent. */
export function installPrivacyListener(): void {
  if (installed || process.env.TARO_ENV !== 'weapp') return;
  installed = true;
  if (typeof Taro.onNeedPrivacyAuthorization !== 'function') return;
  Taro.onNeedPrivacyAuthorization((resolve) => {
    wxResolves.push(resolve as WxResolve);
    (resolve as WxResolve)({ event: 'exposureAuthorization' });
    if (!visible) void open();
  });
}

/** The user tapped 同意 (on weapp the tap itself already told WeChat). */
export function agreePrivacy(): void {
  if (process.env.TARO_ENV === 'h5') {
    try {
      Taro.setStorageSync(H5_KEY, Date.now());
    } catch {
      /* consent only for this visit */
    }
  }
  close(true);
}

export function disagreePrivacy(): void {
  close(false);
}

async function weappNeedsConsent(): Promise<boolean> {
  if (typeof Taro.getPrivacySetting !== 'function') return false;
  return new Promise((resolve) => {
    Taro.getPrivacySetting({
      success: (r) => resolve(!!r.needAuthorization),
      fail: () => resolve(false),
    });
  });
}

/** Resolves true when the user has agreed (now or before); shows the popup when needed. */
export async function ensurePrivacyConsent(): Promise<boolean> {
  if (process.env.TARO_ENV === 'weapp') {
    return (await weappNeedsConsent()) ? open() : true;
  }
  try {
    if (Taro.getStorageSync(H5_KEY)) return true;
  } catch {
    /* ask again */
  }
  return open();
}

/** True when the user agreed before; never shows the popup (首页 uses the location only then). */
export function agreedBefore(): Promise<boolean> {
  if (process.env.TARO_ENV === 'weapp') return weappNeedsConsent().then((needs) => !needs);
  try {
    return Promise.resolve(!!Taro.getStorageSync(H5_KEY));
  } catch {
    return Promise.resolve(false);
  }
}

/** weapp: the full privacy guide WeChat hosts for this mini-program. */
export function openPrivacyContract(): void {
  if (process.env.TARO_ENV === 'weapp' && typeof Taro.openPrivacyContract === 'function') Taro.openPrivacyContract({});
}
