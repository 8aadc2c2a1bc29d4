import type { Page } from 'playwright-core';
import { checkReadable, tab, useAppInBrowser } from '../helpers/e2e';

const app = useAppInBrowser();

/** How many times the page asked for user.home (the one read behind 首页). */
function countHomeReads(page: Page): () => number {
  let n = 0;
  page.on('request', (r) => {
    if (r.url().includes('/api/fn/user') && (r.postData() ?? '').includes('"action":"home"')) n++;
  });
  return () => n;
}

/**
 * 首页 for a volunteer: the nearby open wishes, upcoming events, new listings, 爱心积分 and hours, the unread
 * count and the month's 爱心榜 (a wish of theirs confirmed this month, name masked), all from one read that the
 * tab keeps: switching tabs does not read again, coming back after a claim does (the claimed wish is gone).
 */
test('demo-volunteer opens 首页, sees what is near and what is theirs, and taps a wish to its detail', async () => {
  const volunteerApi = await app.cloud.as('demo-volunteer');
  const staffApi = await app.cloud.as('demo-staff');
  // One of the two open wishes at 东门 goes all the way: claimed, fulfilled, confirmed by the proxy.
  await volunteerApi.ok('wish', 'claim', { id: 'w-demo-walker' });
  await volunteerApi.ok('wish', 'fulfil', { id: 'w-demo-walker', note: '助行器已送到李奶奶家' });
  await staffApi.ok('wish', 'confirm', { id: 'w-demo-walker', rating: 5 });
  const { balance } = (await volunteerApi.ok('points', 'balance')) as { balance: number };
  const { count: unread } = (await volunteerApi.ok('inbox', 'unreadCount')) as { count: number };
  expect(unread).toBeGreaterThan(0);

  const phone = await app.newPhone();
  const homeReads = countHomeReads(phone);
  await phone.click('#identity-demo-volunteer');
  await phone.locator('#home-greeting').waitFor();

  // Nearby wishes: the open one at 东门 (the confirmed one is no longer open).
  await phone.locator('#home-wish-w-demo-company', { hasText: '陪空巢老人聊聊天' }).waitFor();
  expect(await phone.locator('#home-wish-w-demo-walker').count()).toBe(0);
  // Upcoming events and new listings: a few compact cards each, with 查看更多.
  const events = await phone.locator('#home-events [id^=home-event-]').count();
  expect(events).toBeGreaterThan(0);
  expect(events).toBeLessThanOrEqual(3);
  const listings = await phone.locator('#home-listings [id^=home-listing-]').count();
  expect(listings).toBeGreaterThan(0);
  expect(listings).toBeLessThanOrEqual(3);
  await phone.locator('#home-events-more', { hasText: '更多活动' }).waitFor();
  // Mine: 爱心积分, unread messages, hours and stars.
  await phone.locator('#home-points-balance', { hasText: `${balance} 分` }).waitFor();
  await phone.locator('#home-unread-badge', { hasText: String(unread) }).waitFor();
  await phone.locator('#home-hours', { hasText: '小时' }).waitFor();
  // The month's 爱心榜: 王小红 masked, one confirmed wish.
  const first = phone.locator('#home-board-1');
  await first.waitFor();
  expect(await first.innerText()).toContain('王**');
  expect(await first.innerText()).toContain('本月完成 1 个心愿');
  expect(await phone.locator('#home-board').innerText()).not.toContain('王小红');
  await checkReadable(phone);
  expect(homeReads()).toBe(1);

  // Switching tabs and back reads nothing again: the answer is kept for the tab's life.
  await tab(phone, '活动');
  await tab(phone, '首页');
  await phone.locator('#home-wish-w-demo-company').waitFor();
  expect(homeReads()).toBe(1);

  // A tap opens the wish; claiming it there and coming back refreshes 首页 (one read), and the wish is gone.
  await phone.click('#home-wish-w-demo-company');
  await phone.locator('#wish-detail-status[data-status="open"]').waitFor();
  await phone.click('#wish-detail-btn-claim');
  await phone.locator('#wish-detail-status[data-status="claimed"]').waitFor();
  await phone.goBack();
  await phone.locator('#home-wishes-empty', { hasText: '附近暂时没有待认领的心愿' }).waitFor();
  expect(homeReads()).toBe(2);
  await checkReadable(phone);
}, 180_000);

test('a guest (no station, no role) sees the public sections and the first step', async () => {
  const phone = await app.signIn('demo-resident');
  await phone.locator('#home-btn-first-station', { hasText: '选择我的站点' }).waitFor();
  await phone.locator('#home-events [id^=home-event-]').first().waitFor();
  await phone.locator('#home-board').waitFor();
  expect(await phone.locator('#home-mine').count()).toBe(0);
  await checkReadable(phone);
  await phone.click('#home-btn-first-station');
  await phone.waitForURL(/station-picker/);
}, 120_000);
