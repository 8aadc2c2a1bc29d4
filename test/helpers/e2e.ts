import type { Page } from 'playwright-core';
import { launchBrowser, phonePage, type Gps } from './browser';
import { startLocalCloud, type LocalCloud } from './local-cloud';
import { trackTransfers, type Transfers } from './transfers';

import { checkReadable } from './readable';
export { checkReadable };

/** Inputs, textareas and tab-bar items as Taro renders them on H5. */
export const input = (page: Page, id: string) => page.locator(`#${id} input`).first();
export const textarea = (page: Page, id: string) => page.locator(`#${id} textarea`).first();
export const tab = (page: Page, text: string) => page.locator('.weui-tabbar__label', { hasText: text }).last().click();
/** Waits until the form shows `text` under the field `field` (the message the page ids `error-<field>`). */
export const fieldError = (page: Page, field: string, text: string) => page.locator(`#error-${field}`, { hasText: text }).waitFor();

/** 许个心愿's form, filled in and submitted (`category`: the index of its chip). */
export async function submitWishForm(
  page: Page,
  w: { title: string; story: string; category: number; yuan: string; phone: string; address: string },
): Promise<void> {
  await input(page, 'wish-form-title').fill(w.title);
  await textarea(page, 'wish-form-story').fill(w.story);
  await page.click(`#wish-form-category-${w.category}`);
  await input(page, 'wish-form-yuan').fill(w.yuan);
  await input(page, 'wish-form-phone').fill(w.phone);
  await input(page, 'wish-form-address').fill(w.address);
  await page.click('#wish-form-btn-submit');
}

/**
 * On 我的, staff open 发放文明积分 and find a person: by the 编号 typed in (`code`) or by a 个人码 as a scan
 * enters it (`person`); waits until the page names them.
 */
/** The functions' clock for every call this phone makes from now on (the local gateway honours `x-local-now` in tests). */
export const clockAt = (page: Page, now: number) => page.context().setExtraHTTPHeaders({ 'x-local-now': String(now) });
/** Opens `route` (a page path with its query) on this phone's app. */
export const openRoute = (page: Page, route: string) => page.goto(`${new URL(page.url()).origin}/#${route}`);

/** The person opens 我的 › 个人码; the reader takes the text the QR is drawn from (what a scanner would read). */
export async function personalCode(person: Page): Promise<string> {
  await person.click('#me-btn-user-code');
  // The newest: a page opened a second time can meet its first copy still on the H5 page stack, before it.
  const qr = person.locator('#user-code-qr').last();
  await qr.waitFor();
  const code = (await qr.getAttribute('data-text')) as string;
  expect(code).toMatch(/^usercode\./);
  await checkReadable(person);
  return code;
}

export async function findOnAwardPage(staff: Page, by: 'code' | 'person', value: string, name: string): Promise<void> {
  await staff.click('#me-cell-award');
  await input(staff, by === 'code' ? 'award-input-code' : 'award-person-input').fill(value);
  await staff.click(by === 'code' ? '#award-btn-find' : '#award-person-btn-find');
  await staff.locator('#award-resident-name', { hasText: name }).waitFor();
}

export type AppInBrowser = {
  readonly cloud: LocalCloud;
  /** A fresh phone (its own storage) on the identity picker; its GPS at `gps` (default near 东门社区). */
  newPhone(gps?: Gps): Promise<Page>;
  /** A fresh phone signed in as `openid`, on 首页. */
  signIn(openid: string, gps?: Gps): Promise<Page>;
  /** A fresh phone signed in as `openid`, on the 心愿 tab (its pool loaded). */
  openWishTab(openid: string, gps?: Gps): Promise<Page>;
  /** A fresh phone signed in as `openid`, on the 我的 tab (its cards shown). */
  openMeTab(openid: string): Promise<Page>;
  /**
   * A new phone holding `from`'s session and settings (its cookies and storage) but an empty HTTP cache, opening
   * the app anew; `transfers` counts what it downloads from the first request.
   */
  reopen(from: Page): Promise<{ page: Page; transfers: Transfers }>;
};

/** Starts the local cloud and Chromium for one e2e file (jest beforeAll/afterAll). */
export function useAppInBrowser(): AppInBrowser {
  let cloud: LocalCloud;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  beforeAll(async () => {
    cloud = await startLocalCloud();
    browser = await launchBrowser();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await cloud?.close();
  });
  const newPhone = (gps?: Gps) => phonePage(browser.browser, cloud.gateway.url, gps);
  async function signIn(openid: string, gps?: Gps) {
    const page = await newPhone(gps);
    await page.click(`#identity-${openid}`);
    await page.locator('#home-greeting').waitFor();
    return page;
  }
  return {
    get cloud() {
      return cloud;
    },
    newPhone,
    signIn,
    async reopen(from) {
      const storageState = await from.context().storageState();
      let transfers: Transfers | undefined;
      const page = await phonePage(browser.browser, cloud.gateway.url, undefined, {
        storageState,
        beforeLoad: async (p) => {
          transfers = await trackTransfers(p);
        },
      });
      return { page, transfers: transfers! };
    },
    async openMeTab(openid) {
      const page = await signIn(openid);
      await tab(page, '我的');
      await page.locator('#me-links').waitFor();
      await page.locator('#me-code-card').waitFor();
      return page;
    },
    async openWishTab(openid, gps) {
      const page = await signIn(openid, gps);
      await page.click('#tile-wish');
      await page.locator('#wish-btn-new').waitFor();
      return page;
    },
  };
}
