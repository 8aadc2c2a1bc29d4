import type { Page } from 'playwright-core';
import { checkReadable, useAppInBrowser } from '../helpers/e2e';

const app = useAppInBrowser();

/** Every button of the detail page (ids `wish-detail-btn-*`), sorted: what this person can press. */
const buttonsOn = async (page: Page): Promise<string[]> =>
  (await page.locator('[id^="wish-detail-btn-"]').evaluateAll((els) => els.map((e) => e.id.replace('wish-detail-btn-', '')))).sort();

/** Opens (or reloads) the wish's page and waits until it shows the wish in `status`. */
async function open(page: Page, id: string, status: string): Promise<string[]> {
  const url = `${new URL(page.url()).origin}/#/packages/wish/detail/index?id=${encodeURIComponent(id)}`;
  if (page.url() === url) await page.reload();
  else await page.goto(url);
  await page.locator(`#wish-detail-status[data-status="${status}"]`).waitFor();
  await checkReadable(page);
  return buttonsOn(page);
}

/**
 * The detail page draws the buttons the server lists in the view's `actions`: the resident who posted the
 * wish, the volunteer who claims it and the station's staff each open the same wish at each step and see
 * only their own buttons (besides 拨打电话 for those who see the phone).
 */
test('the owner, the claimer and staff each see only their own buttons on the same wish', async () => {
  const ownerApi = await app.cloud.as('demo-resident');
  const staffApi = await app.cloud.as('demo-staff');
  await ownerApi.ok('user', 'setHomeStation', { stationId: 'n-dongmen' });
  const wish = await ownerApi.ok('wish', 'submit', {
    title: '想请人帮忙换个灯泡',
    story: '厨房的灯坏了，自己够不着，想请志愿者帮忙换一个。',
    category: '家居维修',
    valueFen: 2_000,
    beneficiary: { name: '张桂兰', phone: '13912347788', address: '东门社区东门路8号2栋302' },
    stationId: 'n-dongmen',
  });
  const owner = await app.signIn('demo-resident');
  const claimer = await app.signIn('demo-volunteer');
  const staff = await app.signIn('demo-staff');

  // Waiting for review: the resident may withdraw it, staff review it.
  expect(await open(owner, wish.id, 'pending_review')).toEqual(['cancel']);
  expect(await open(staff, wish.id, 'pending_review')).toEqual(['approve', 'call', 'reject']);

  // In the pool: the resident may still withdraw it, the volunteer claim it, staff have nothing to do.
  await staffApi.ok('wish', 'review', { id: wish.id, approve: true });
  expect(await open(owner, wish.id, 'open')).toEqual(['cancel']);
  expect(await open(claimer, wish.id, 'open')).toEqual(['claim']);
  expect(await open(staff, wish.id, 'open')).toEqual(['call']);

  // The volunteer claims it on the page: the answer's actions replace the buttons at once.
  await claimer.click('#wish-detail-btn-claim');
  await claimer.locator('#wish-detail-status[data-status="claimed"]').waitFor();
  expect(await buttonsOn(claimer)).toEqual(['call', 'fulfil', 'release']);
  expect(await open(claimer, wish.id, 'claimed')).toEqual(['call', 'fulfil', 'release']);
  expect(await open(owner, wish.id, 'claimed')).toEqual([]);
  expect(await open(staff, wish.id, 'claimed')).toEqual(['call']);

  // Fulfilled: the resident or staff confirm; the claimer waits.
  await (await app.cloud.as('demo-volunteer')).ok('wish', 'fulfil', { id: wish.id, note: '灯泡已经换好了' });
  expect(await open(owner, wish.id, 'fulfilled')).toEqual(['confirm']);
  expect(await open(claimer, wish.id, 'fulfilled')).toEqual(['call']);
  expect(await open(staff, wish.id, 'fulfilled')).toEqual(['call', 'confirm']);
}, 180_000);
