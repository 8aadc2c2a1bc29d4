import { checkReadable, submitWishForm, textarea, useAppInBrowser } from '../helpers/e2e';

const app = useAppInBrowser();

const TITLE = '想要一把结实的拐杖';
const REASON = '拐杖村里卫生室可以免费借用，请先联系卫生室';

/**
 * The reject path: a resident wishes, the station turns it down with a reason, and the resident reads
 * 未通过 and the reason on the wish's page, on 我的心愿, and in 我的 → 消息.
 */
test('staff reject a wish with a reason; the resident sees 未通过, the reason and a message', async () => {
  const residentApi = await app.cloud.as('demo-resident');
  await residentApi.ok('user', 'setHomeStation', { stationId: 'n-dongmen' });

  // 1. The resident writes the wish.
  const resident = await app.openWishTab('demo-resident');
  await resident.click('#wish-btn-new');
  await submitWishForm(resident, {
    title: TITLE,
    story: '腿脚不好，出门买菜要走一里路，原来的拐杖断了。',
    category: 2,
    yuan: '60',
    phone: '13912340001',
    address: '东门社区东门路12号',
  });
  await resident.locator('#wish-detail-status[data-status="pending_review"]').waitFor();
  const id = new URLSearchParams(resident.url().split('?')[1]).get('id') as string;
  expect(id).toBeTruthy();

  // 2. The station worker says no in 审核心愿; a reason is required, and the resident will read it.
  const staff = await app.openWishTab('demo-staff');
  await staff.click('#wish-btn-review');
  await staff.locator(`#review-item-${id}`, { hasText: TITLE }).waitFor();
  await staff.click(`#review-${id}-btn-reject`);
  await staff.click(`#review-${id}-btn-reject-confirm`);
  await staff.locator(`#review-${id}-error`, { hasText: '请填写不通过的原因' }).waitFor();
  await checkReadable(staff);
  await textarea(staff, `review-${id}-reason`).fill(REASON);
  await staff.click(`#review-${id}-btn-reject-confirm`);
  await staff.locator(`#review-result-${id}`, { hasText: `已退回：${REASON}` }).waitFor();

  // 3. The resident's wish page, reloaded by pulling down… here by opening it again from 我的心愿.
  await resident.goBack();
  await resident.click('#wish-btn-mine');
  const card = resident.locator(`#wish-mine-item-${id}[data-status="rejected"]`);
  await card.waitFor();
  await expect(card.innerText()).resolves.toContain('未通过');
  await expect(card.innerText()).resolves.toContain('没有通过审核，点开看看原因');
  await card.locator('.wish-card__main').click();
  await resident.locator('#wish-detail-status[data-status="rejected"]', { hasText: '未通过' }).waitFor();
  await resident.locator('#wish-detail-reject-reason', { hasText: REASON }).waitFor();
  await expect(resident.locator('#wish-detail-next').innerText()).resolves.toContain('站点没有通过这条心愿');
  await resident.locator('#wish-detail-btn-new', { hasText: '重新许个心愿' }).waitFor();
  await checkReadable(resident);

  // 4. …and, opening the app again on 我的, 消息 holds the message with the reason; it leads back to the wish.
  // (A fresh start rather than two quick browser Backs: Taro's H5 router now and then leaves the page it
  // returns to hidden — NervJS/taro#15093 — which the mini-program's native navigation does not share.)
  await resident.goto(`${new URL(resident.url()).origin}/#/pages/me/index`);
  await resident.reload();
  await resident.locator('#me-unread-badge').waitFor();
  await resident.click('#me-cell-inbox');
  const message = resident.locator('[id^="inbox-item-"][data-read="false"]', { hasText: '心愿未通过审核' });
  await message.waitFor();
  await checkReadable(resident);
  const text = await message.innerText();
  expect(text).toContain(TITLE);
  expect(text).toContain(`原因：${REASON}`);
  await message.click();
  await resident.locator('#wish-detail-reject-reason', { hasText: REASON }).waitFor();

  // The server agrees: rejected with the reason, and one wish.rejected message for the resident.
  const wish = await residentApi.ok('wish', 'detail', { id });
  expect(wish).toMatchObject({ status: 'rejected', rejectReason: REASON });
  const rejected = ((await residentApi.ok('inbox', 'list', {})).items as { kind: string; link?: string }[]).filter(
    (m) => m.kind === 'wish.rejected' && m.link?.includes(id),
  );
  expect(rejected).toHaveLength(1);
}, 180_000);
