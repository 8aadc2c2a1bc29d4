/**
 * The first load of 首页 on a phone that has never opened the app (an empty HTTP cache, a session already held):
 * how much JavaScript crosses the network, counted by Chrome's network log.
 */
import { checkReadable, useAppInBrowser } from '../helpers/e2e';

const app = useAppInBrowser();

/** The budget for 首页's JavaScript on the wire (it was 389 KB before compression and the shared chunks). */
const FIRST_LOAD_JS = 200 * 1024;

test('首页 opens fresh with ≤ 200 KB of JavaScript transferred, every script compressed', async () => {
  const signedIn = await app.signIn('demo-resident');
  const { page, transfers } = await app.reopen(signedIn);
  await page.locator('#home-greeting').waitFor();
  await page.waitForLoadState('networkidle');

  const js = transfers.bytes('Script');
  console.log(`首页 first load: ${(js / 1024).toFixed(1)} KB of JavaScript transferred\n${transfers.describe('Script')}`);
  const scripts = transfers.list().filter((t) => t.type === 'Script');
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.filter((t) => t.encoding !== 'br').map((t) => t.url)).toEqual([]);
  // Photo preview's swiper is only for pages that show photos.
  expect(scripts.filter((t) => /\/swiper\./.test(t.url)).map((t) => t.url)).toEqual([]);
  expect(js).toBeLessThanOrEqual(FIRST_LOAD_JS);
  await checkReadable(page);
}, 120_000);
