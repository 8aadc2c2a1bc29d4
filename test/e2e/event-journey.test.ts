import type { Page } from 'playwright-core';
import { checkReadable, input, tab, textarea, useAppInBrowser } from '../helpers/e2e';
import { volunteers } from '../integration/event/fixtures';

const app = useAppInBrowser();
const TITLE = '周末河道清洁行动';

/** A phone signed in as `openid` (demo identities by the picker; others with a dev-login token), on the 活动 tab. */
async function onEventTab(openid: string): Promise<Page> {
  let page: Page;
  if (openid.startsWith('demo-')) page = await app.signIn(openid);
  else {
    const { token } = await app.cloud.as(openid);
    page = await app.newPhone();
    // What the identity picker stores after a dev login (Taro's setStorageSync), then the app from its home.
    await page.evaluate((t) => localStorage.setItem('session-token', JSON.stringify({ data: t })), token);
    await page.goto('about:blank');
    await page.goto(app.cloud.gateway.url);
    await page.locator('#home-greeting').waitFor();
  }
  await tab(page, '活动');
  await page.locator('#event-list-list, #event-list-state').first().waitFor();
  await checkReadable(page);
  return page;
}

/** Opens the event's card on the 活动 tab and waits for its detail. */
async function openCard(page: Page, id: string): Promise<void> {
  await page.locator(`#event-item-${id}`).click();
  await page.locator('#event-detail-title', { hasText: TITLE }).waitFor();
}

const confirmModal = (page: Page) => page.locator('.taro-model__btn', { hasText: '确定' }).click();

/**
 * The sign-up journey, each person on their own phone: a team leader publishes an event with two slots; a
 * volunteer finds it on the 活动 tab, signs up and sees 已报名 and the seats drop; a second fills the last
 * seat of the first slot, a third joins its waitlist at position 1; the first cancels, and the third is
 * promoted and finds it in the inbox.
 */
test('a leader publishes, volunteers fill a slot and its waitlist, a cancel promotes the first in line', async () => {
  await volunteers(['e2e-vol-2', 'e2e-vol-3']);

  // 1. demo-leader publishes: two slots, 2 and 5 seats.
  const leader = await onEventTab('demo-leader');
  await leader.click('#event-btn-publish');
  await input(leader, 'event-form-title').fill(TITLE);
  await leader.click('#event-form-btn-submit');
  await leader.locator('#error-event-form-category', { hasText: '请选择活动类别' }).waitFor();
  await checkReadable(leader);
  await leader.click('#event-form-category-9');
  await textarea(leader, 'event-form-description').fill('清理东门河道两岸的垃圾，请穿长袖、带手套。');
  await expect(input(leader, 'event-form-address').inputValue()).resolves.not.toBe('');
  await leader.locator('#event-form-slot-0-capacity input').fill('2');
  await leader.click('#event-form-btn-add-slot');
  await leader.locator('#event-form-slot-1-capacity input').fill('5');
  await leader.click('#event-form-btn-submit');
  await leader.locator('#event-detail-title', { hasText: TITLE }).waitFor();
  const id = new URLSearchParams(leader.url().split('?')[1]).get('id') as string;
  expect(id).toBeTruthy();
  await leader.locator('#event-slot-0-seats', { hasText: '剩余 2 个' }).waitFor();
  await leader.locator('#event-slot-1-seats', { hasText: '剩余 5 个' }).waitFor();
  await checkReadable(leader);

  // 2. demo-volunteer finds it on the 活动 tab and signs up for the first slot.
  const first = await onEventTab('demo-volunteer');
  await first.locator(`#event-item-${id}-seats`, { hasText: '剩余 7 个名额' }).waitFor();
  await openCard(first, id);
  await first.click('#event-slot-0-btn-signUp');
  await first.locator('#event-slot-0-mine[data-status="confirmed"]', { hasText: '已报名' }).waitFor();
  await first.locator('#event-slot-0-seats', { hasText: '剩余 1 个' }).waitFor();
  await first.locator('#event-slot-0-btn-cancelSignUp').waitFor();
  await checkReadable(first);
  // Back on the tab: the card says 已报名 and counts one seat fewer.
  await first.goBack();
  await first.locator(`#event-item-${id}-state`, { hasText: '已报名' }).waitFor();
  await first.locator(`#event-item-${id}-seats`, { hasText: '剩余 6 个名额' }).waitFor();

  // 3. A second volunteer takes the last seat of the first slot.
  const second = await onEventTab('e2e-vol-2');
  await openCard(second, id);
  await second.click('#event-slot-0-btn-signUp');
  await second.locator('#event-slot-0-mine[data-status="confirmed"]').waitFor();
  await second.locator('#event-slot-0-seats', { hasText: '剩余 0 个' }).waitFor();

  // 4. A third finds it full and joins the waitlist, first in line.
  const third = await onEventTab('e2e-vol-3');
  await openCard(third, id);
  await third.click('#event-slot-0-btn-joinWaitlist');
  await third.locator('#event-detail-notice', { hasText: '排在第 1 位' }).waitFor();
  await third.locator('#event-slot-0-mine[data-status="waiting"]', { hasText: '排在第 1 位' }).waitFor();
  await checkReadable(third);

  // 5. The first cancels (the 2 h rule is spelled out next to the button); the third is promoted.
  // The first opens the app again (Taro's H5 router can leave a tab page shaded after a quick back).
  await first.reload();
  await first.locator(`#event-item-${id}`).click();
  await expect(first.locator('#event-slot-0-mine').innerText()).resolves.toContain('开始前2小时');
  await first.click('#event-slot-0-btn-cancelSignUp');
  await confirmModal(first);
  await first.locator('#event-slot-0-btn-signUp, #event-slot-0-btn-joinWaitlist').first().waitFor();
  expect(await first.locator('#event-slot-0-mine').count()).toBe(0);

  // The third sees the promotion in the inbox and on the event.
  await third.goBack();
  await tab(third, '我的');
  await third.click('#me-cell-inbox');
  await third.locator('[id^="inbox-item-"]', { hasText: '候补成功，已为您报名' }).waitFor();
  await third.locator('[id^="inbox-item-"]', { hasText: TITLE }).first().waitFor();
  await checkReadable(third);
  const promoted = await (await app.cloud.as('e2e-vol-3')).ok('event', 'detail', { id });
  expect(promoted.slots[0].mine).toMatchObject({ status: 'confirmed' });
}, 240_000);
