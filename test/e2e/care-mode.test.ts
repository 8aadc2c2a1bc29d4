/**
 * 关怀模式 on 我的: large text and larger tap targets on every page, remembered on the phone; subpages have a
 * title and a back arrow on H5. checkReadable measures each page at 360×640 (text ≥ 18 px, targets ≥ 56 px).
 */
import type { Page } from 'playwright-core';
import { checkReadable, tab, useAppInBrowser } from '../helpers/e2e';

const app = useAppInBrowser();

const careClass = (page: Page) => page.evaluate(() => document.documentElement.classList.contains('care-mode'));
const bodySize = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));

test('关怀模式 enlarges text and targets on every page, survives a reload, and switches back', async () => {
  const page = await app.signIn('demo-volunteer');
  await tab(page, '我的');
  await page.locator('#me-care-state', { hasText: '已关闭' }).waitFor();
  await checkReadable(page);
  const before = await bodySize(page, '.page__text');

  await page.click('#me-care-toggle');
  await page.locator('#me-care-state', { hasText: '已开启' }).waitFor();
  expect(await careClass(page)).toBe(true);
  expect(await bodySize(page, '.page__text')).toBeGreaterThanOrEqual(Math.max(18, before * 1.25));
  await checkReadable(page, { care: true });

  await tab(page, '首页');
  await page.locator('#home-greeting').waitFor();
  await checkReadable(page, { care: true });
  await tab(page, '心愿');
  await page.locator('#wish-btn-new').waitFor();
  await checkReadable(page, { care: true });
  await tab(page, '活动');
  await page.locator('.event-card').first().waitFor();
  await checkReadable(page, { care: true });

  // A subpage: the title and a back arrow (H5 only), large like the rest; the arrow goes back to 我的.
  await tab(page, '我的');
  await page.click('#me-cell-points');
  await page.locator('#points-balance').waitFor();
  await page.locator('.taro-navigation-bar-title', { hasText: '爱心积分' }).waitFor();
  await checkReadable(page, { care: true });
  await page.click('.taro-navigation-bar-back');
  await page.locator('#me-care-toggle').waitFor();

  // Remembered on this phone: a reload opens large again.
  await page.reload();
  await page.locator('#home-greeting, #me-care-state').first().waitFor();
  expect(await careClass(page)).toBe(true);
  await tab(page, '我的');
  await page.locator('#me-care-state', { hasText: '已开启' }).waitFor();

  await page.click('#me-care-toggle');
  await page.locator('#me-care-state', { hasText: '已关闭' }).waitFor();
  expect(await careClass(page)).toBe(false);
  expect(await bodySize(page, '.page__text')).toBe(before);
  await checkReadable(page);
}, 180_000);

test('a tab page has no navigation bar; a subpage opened from it has its title and a back arrow', async () => {
  const page = await app.signIn('demo-resident');
  expect(await page.locator('.taro-navigation-bar-show').isVisible()).toBe(false);
  await tab(page, '我的');
  await page.click('#me-cell-inbox');
  await page.locator('.taro-navigation-bar-title', { hasText: '消息' }).waitFor();
  await expect(page.locator('.taro-navigation-bar-back').isVisible()).resolves.toBe(true);
  await checkReadable(page);
}, 120_000);

test('checkReadable names small text, small targets and handlers React attached', async () => {
  const page = await app.signIn('demo-resident');
  const measured = await checkReadable(page);
  expect(measured.texts).toBeGreaterThan(5);
  expect(measured.targets).toBeGreaterThan(5); // the tiles (React onClick) and the tab bar
  await page.evaluate(() => {
    // Setting `style` to a string sets its cssText.
    const made = (tag: string, text: string, css: string) => Object.assign(document.createElement(tag), { textContent: text, style: css });
    const tiny = made('span', '小字', 'font-size: 13px');
    const button = made('button', '点', 'width: 40px; height: 40px; font-size: 16px');
    document.querySelector('#home-greeting')?.after(tiny, button);
  });
  const failure = await checkReadable(page).catch((e: Error) => e.message);
  expect(failure).toMatch(/text\s+13\.0 px\s+span "小字"/);
  expect(failure).toMatch(/target 40×40 px\s+button "点"/);
  // With 关怀模式 on, the 16 px of the button's text is too small as well, and 首页's own 44 px targets are.
  await expect(checkReadable(page, { care: true })).rejects.toThrow(/关怀模式 on: text ≥ 18 px/);
}, 120_000);
