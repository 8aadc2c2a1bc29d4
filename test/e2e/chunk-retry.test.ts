import { useAppInBrowser } from '../helpers/e2e';

const app = useAppInBrowser();

/**
 * Offline after 首页 loaded: the next page's code chunk cannot be fetched. Instead of a blank screen the app
 * shows 页面没有加载出来 with 重试; back online, 重试 loads the page.
 */
test('a page whose code fails to load shows a retry screen, and 重试 loads it', async () => {
  const page = await app.signIn('demo-resident');
  let offline = true;
  // Only chunks not fetched yet: 首页's own are in the page already.
  await page.route(/\/(js|css)\/\d+\.[0-9a-f]+\.(js|css)$/, (route) => (offline ? route.abort('internetdisconnected') : route.continue()));
  await page.click('#tile-wish');
  await page.locator('#chunk-retry', { hasText: '页面没有加载出来' }).waitFor({ timeout: 20_000 });
  offline = false;
  await page.click('#chunk-retry-btn-retry');
  await page.locator('#wish-btn-new').waitFor({ timeout: 30_000 });
  expect(await page.locator('#chunk-retry').count()).toBe(0);
}, 120_000);
