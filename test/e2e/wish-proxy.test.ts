import { checkReadable, fieldError, input, textarea, useAppInBrowser } from '../helpers/e2e';

const app = useAppInBrowser();

const TITLE = '想请人帮忙修修漏雨的屋顶';
const NAME = '张秀英';
const ADDRESS = '东门社区老街17号';

/**
 * The proxy path (敲门行动): a grid worker records a wish for a resident who has no phone, reviews and
 * approves it; in the pool a volunteer sees the masked name only — no phone, no address.
 */
test('staff record a wish for a resident without a phone; once approved the pool shows 张** only', async () => {
  // 1. 代居民许愿: the resident's name and address, and "这位居民没有电话" instead of a number.
  const staff = await app.openWishTab('demo-staff');
  await staff.click('#wish-btn-proxy');
  await staff.locator('#proxy-form-station-name', { hasText: '东门社区新时代文明实践站' }).waitFor();
  await expect(input(staff, 'proxy-form-name').inputValue()).resolves.toBe('');
  await input(staff, 'proxy-form-title').fill(TITLE);
  await textarea(staff, 'proxy-form-story').fill('张奶奶一个人住，下雨天屋里漏水，家里没有电话，有事请找站点。');
  await staff.click('#proxy-form-category-4');
  await input(staff, 'proxy-form-yuan').fill('0');
  await input(staff, 'proxy-form-name').fill(NAME);
  await input(staff, 'proxy-form-address').fill(ADDRESS);
  await staff.click('#proxy-form-btn-submit');
  await fieldError(staff, 'proxy-form-phone', '请填写受助人的手机号码');
  await staff.click('#proxy-form-no-phone');
  await staff.locator('#proxy-form-no-phone-hint').waitFor();
  await checkReadable(staff);
  expect(await staff.locator('#proxy-form-phone').count()).toBe(0);
  await staff.click('#proxy-form-btn-submit');
  await staff.locator('#wish-detail-submitted').waitFor();
  await staff.locator('#wish-detail-status[data-status="pending_review"]').waitFor();
  const id = new URLSearchParams(staff.url().split('?')[1]).get('id') as string;
  expect(id).toBeTruthy();
  await staff.locator('#wish-detail-phone', { hasText: '没有电话' }).waitFor();
  await checkReadable(staff);

  // 2. It waits in the review queue with the resident's details; the worker approves it.
  await staff.goBack();
  await staff.click('#wish-btn-review');
  const box = staff.locator(`#review-box-${id}`);
  await box.waitFor();
  await checkReadable(staff);
  await expect(staff.locator(`#review-item-${id}`).innerText()).resolves.toContain(TITLE);
  const boxText = await box.innerText();
  expect(boxText).toContain(`联系人：${NAME}`);
  expect(boxText).toContain('没有电话');
  expect(boxText).toContain(ADDRESS);
  await staff.click(`#review-${id}-btn-approve`);
  await staff.locator(`#review-result-${id}`, { hasText: '已通过' }).waitFor();

  // 3. A volunteer finds it in the pool: 张** only, neither phone nor address, on the card and on its page.
  const volunteer = await app.openWishTab('demo-volunteer');
  const card = volunteer.locator(`#wish-pool-item-${id}`);
  await card.waitFor();
  const cardText = await card.innerText();
  expect(cardText).toContain(TITLE);
  expect(cardText).toContain('为 张** 许愿');
  expect(cardText).not.toContain(NAME);
  expect(cardText).not.toContain(ADDRESS);
  await card.click();
  await volunteer.locator('#wish-detail-name', { hasText: '张**' }).waitFor();
  await checkReadable(volunteer);
  expect(await volunteer.locator('#wish-detail-phone').count()).toBe(0);
  expect(await volunteer.locator('#wish-detail-address').count()).toBe(0);
  const page = await volunteer.locator('#wish-detail').innerText();
  expect(page).not.toContain(NAME);
  expect(page).not.toContain(ADDRESS);
  expect(page).toContain('网格员代录');

  // The server keeps the record as the worker wrote it, and gives the public nothing more.
  const staffView = await (await app.cloud.as('demo-staff')).ok('wish', 'detail', { id });
  expect(staffView).toMatchObject({ status: 'open', proxy: true, beneficiary: { name: NAME, address: ADDRESS } });
  expect(staffView.beneficiary.phone).toBeUndefined();
  const publicView = await (await app.cloud.as('demo-volunteer')).ok('wish', 'detail', { id });
  expect(publicView.beneficiary).toEqual({ name: '张**' });
}, 180_000);
