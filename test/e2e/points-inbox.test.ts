import type { Page } from 'playwright-core';
import { checkReadable, fieldError, findOnAwardPage, input, tab, useAppInBrowser } from '../helpers/e2e';

const app = useAppInBrowser();

async function signIn(openid: string): Promise<Page> {
  const page = await app.openMeTab(openid);
  await checkReadable(page);
  return page;
}

/**
 * A station worker awards civility points to a volunteer by the 编号 the volunteer reads out from 我的;
 * the volunteer sees the unread badge, reads the message, and finds the points and the entry.
 */
test('staff award civility points; the volunteer is told and sees them', async () => {
  // The volunteer's 我的: no points yet, nothing unread, and the 编号 to give the worker.
  const volunteer = await signIn('demo-volunteer');
  await volunteer.locator('#me-points-balance', { hasText: '0 分' }).waitFor();
  expect(await volunteer.locator('#me-unread-badge').count()).toBe(0);
  const code = await volunteer.locator('#me-user-code').innerText();
  const profile = await (await app.cloud.as('demo-volunteer')).ok('user', 'profile');
  expect(code.replace(/\s/g, '')).toBe(profile.id);

  // The worker finds her by that 编号 (typed as shown, in groups) and awards 5 points.
  const staff = await signIn('demo-staff');
  await findOnAwardPage(staff, 'code', code, '王小红');
  await staff.click('#award-amount-5');
  await staff.click('#award-btn-submit');
  await fieldError(staff, 'award-category', '请选择奖励类别');
  await checkReadable(staff);
  await staff.click('#award-category-0');
  await input(staff, 'award-input-note').fill('主动分拣楼道垃圾');
  await staff.click('#award-btn-submit');
  await staff.locator('#award-result-text', { hasText: '已给王小红发放 5 分爱心积分，现在共有 5 分' }).waitFor();
  await checkReadable(staff);

  // Back on 我的 (shown again): the badge on the 消息 row and on the 我的 tab, and the new balance.
  await tab(volunteer, '首页');
  await tab(volunteer, '我的');
  await volunteer.locator('#me-unread-badge', { hasText: '1' }).waitFor();
  await volunteer.locator('.taro-tabbar-badge', { hasText: '1' }).waitFor();
  await volunteer.locator('#me-points-balance', { hasText: '5 分' }).waitFor();

  // 消息: the message, unread; tapping it marks it read and opens 爱心积分.
  await volunteer.click('#me-cell-inbox');
  const message = volunteer.locator('[id^="inbox-item-"][data-read="false"]', { hasText: '获得5分爱心积分' });
  await message.waitFor();
  await checkReadable(volunteer);
  await expect(message.innerText()).resolves.toContain('垃圾分类：主动分拣楼道垃圾');
  await message.click();
  await volunteer.locator('#points-balance', { hasText: '5' }).waitFor();
  const entry = volunteer.locator('#points-history-list [id^="points-entry-"]').first();
  await entry.waitFor();
  await checkReadable(volunteer);
  const text = await entry.innerText();
  expect(text).toContain('文明行为奖励');
  expect(text).toContain('+5');
  expect(text).toContain('余额 5');
  expect(text).toContain('垃圾分类：主动分拣楼道垃圾');
  await expect(volunteer.locator('#points-earned').innerText()).resolves.toContain('累计获得 5 分');

  // Read on the server too; back on 我的 the badges are gone.
  await expect((await app.cloud.as('demo-volunteer')).ok('inbox', 'unreadCount')).resolves.toEqual({ count: 0 });
  await volunteer.goBack();
  await volunteer.locator('[id^="inbox-item-"][data-read="true"]', { hasText: '获得5分爱心积分' }).waitFor();
  await volunteer.goBack();
  await volunteer.locator('#me-cell-inbox', { hasText: '心愿、活动、积分的通知' }).waitFor();
  expect(await volunteer.locator('#me-unread-badge').count()).toBe(0);
  expect(await volunteer.locator('.taro-tabbar-badge').count()).toBe(0);
}, 120_000);
