import { eventually } from '../helpers/poll';
import { checkReadable, fieldError, input, tab, textarea, useAppInBrowser } from '../helpers/e2e';
import { encodeGreyPng } from '../../emulator/openapi/png';

const app = useAppInBrowser();
const NAME = '南塘新米';

/**
 * A listing's journey, each person on their own phone: demo-producer (赵大山, a supported household at
 * 南塘村站) lists 10 斤 of rice with a photo; the photo passes the image check; demo-staff approves it from
 * the review queue; demo-resident finds it on the 集市 tab under 粮油 with the 帮扶产品 badge and opens it.
 */
test('a producer lists rice, staff approve it, a resident finds it under 粮油 with the 帮扶产品 badge', async () => {
  // 1. The producer fills in the new-listing form; the form says what is missing first.
  const producer = await app.signIn('demo-producer');
  await tab(producer, '集市');
  await producer.click('#market-btn-mine');
  await producer.click('#mine-btn-new');
  await producer.click('#listing-form-btn-submit');
  await fieldError(producer, 'photos', '请至少上传1张商品图片');
  await fieldError(producer, 'category', '请选择商品类别');
  await checkReadable(producer);
  await input(producer, 'listing-form-name').fill(NAME);
  const [chooser] = await Promise.all([producer.waitForEvent('filechooser'), producer.click('#listing-form-upload-add')]);
  await chooser.setFiles({ name: 'rice.png', mimeType: 'image/png', buffer: encodeGreyPng(32, 32, (x, y) => (x * 7 + y * 3) % 256) });
  await producer.locator('#listing-form-upload-item-0[data-status="done"]').waitFor();
  await producer.click('#listing-form-category-0'); // 粮油
  await producer.click('#listing-form-unit-0'); // 斤
  await input(producer, 'listing-form-yuan').fill('4.5');
  await input(producer, 'listing-form-stock').fill('10');
  await input(producer, 'listing-form-origin').fill('南塘村');
  await textarea(producer, 'listing-form-description').fill('今年新收的稻谷现碾的米，自家田里种的。');
  await producer.click('#listing-form-btn-submit');
  await producer.locator('#listing-status[data-status="pending_review"]').waitFor();
  await producer.locator('#listing-name', { hasText: NAME }).waitFor();
  await checkReadable(producer);
  await expect(producer.locator('#listing-sold').innerText()).resolves.toContain('库存 10');
  const id = new URLSearchParams(producer.url().split('?')[1]).get('id') as string;
  expect(id).toBeTruthy();

  // The local image check answers a moment later (as WeChat does); staff may approve once it has.
  const staffApi = await app.cloud.as('demo-staff');
  const staffActions = async () => (await staffApi.ok<{ actions: string[] }>('market', 'detail', { id })).actions;
  const actions = await eventually(staffActions, (a) => a.includes('approve'), { what: 'staff may not approve yet (no image verdict)' });
  expect(actions).toContain('approve'); // a check that never answered fails here, not at the approve button

  // 2. The station staff approve it from the review queue.
  const staff = await app.signIn('demo-staff');
  await tab(staff, '集市');
  await staff.click('#market-btn-review');
  await staff.locator(`#market-review-item-${id}`, { hasText: NAME }).click();
  await staff.locator('#listing-photo-check-0[data-status="pass"]').waitFor();
  await checkReadable(staff);
  await staff.click('#listing-btn-approve');
  await staff.locator('#listing-status[data-status="on_sale"]').waitFor();

  // 3. A resident finds it on the 集市 tab under 粮油, with the badge, and opens it.
  const resident = await app.signIn('demo-resident');
  await tab(resident, '集市');
  await resident.locator('#market-list').waitFor();
  await resident.click('#market-cat-0');
  const card = resident.locator(`#market-item-${id}`);
  await card.waitFor();
  const text = await card.innerText();
  expect(text).toContain(NAME);
  expect(text).toContain('¥4.50');
  expect(text).toContain('南塘村');
  await resident.locator(`#market-badge-${id}`, { hasText: '帮扶产品' }).waitFor();
  await card.click();
  await resident.locator('#listing-name', { hasText: NAME }).waitFor();
  await resident.locator('#listing-badge', { hasText: '帮扶产品' }).waitFor();
  await resident.locator('#listing-producer', { hasText: '赵**' }).waitFor();
  await checkReadable(resident);
  expect(await resident.locator('#listing-btn-approve').count()).toBe(0);
  expect(await resident.locator('#listing-status').count()).toBe(0);
}, 240_000);
