import type { Page } from 'playwright-core';
import { checkReadable, input, tab, textarea, useAppInBrowser } from '../helpers/e2e';

const app = useAppInBrowser();
/** The demo rice (emulator/seed/market.ts): ¥3.50 or 35 love points a 斤, picked up at 南塘村站. */
const RICE = 'l-demo-01';
const NANTANG = 'n-nantang';

/** The order id of the order page the phone shows. */
const orderIdOf = (page: Page) => new URLSearchParams(page.url().split('?')[1]).get('id') as string;

/** From the 集市 tab, opens the rice. */
async function openRice(page: Page): Promise<void> {
  await tab(page, '集市');
  await page.locator(`#market-item-${RICE}`).click();
  await page.locator('#listing-name', { hasText: '南塘高山大米' }).waitFor();
}

/**
 * The order journey, each person on their own phone: demo-resident puts the rice in the cart, makes it 2 斤,
 * checks out with WeChat pay and pays in the 模拟支付 sheet; the order page shows the 6-digit pickup code and
 * its QR; demo-staff (staff of 城关镇, over 南塘村站) picks the station, finds the order under 待自提 and
 * types the code; the buyer's order is completed, and the producer (demo-producer, 赵大山) sees the sale and
 * its ¥7.00 income under 我的销售.
 */
test('a resident buys 2 斤 of rice with WeChat pay, staff verify the pickup code, the producer sees the income', async () => {
  // 1. The resident adds the rice to the cart; the 集市 tab counts the line.
  const resident = await app.signIn('demo-resident');
  await openRice(resident);
  await checkReadable(resident);
  await resident.click('#listing-btn-cart');
  await resident.locator('#listing-added', { hasText: '购物车里有 1 斤' }).waitFor();
  await resident.goBack();
  await resident.locator('#market-btn-cart', { hasText: '购物车（1）' }).waitFor();
  await resident.click('#market-btn-cart');

  // 2. The cart: one station's lines; the stepper makes it 2 斤 (¥7.00); checkout.
  const cart = `#cart-${NANTANG}`;
  await resident.locator(`${cart}-total`, { hasText: '¥3.50' }).waitFor();
  await checkReadable(resident);
  await resident.click(`${cart}-qty-${RICE}-plus`);
  await resident.locator(`${cart}-total`, { hasText: '¥7.00' }).waitFor();
  await resident.click(`${cart}-btn-checkout`);
  await resident.locator('#checkout-total', { hasText: '¥7.00' }).waitFor();
  await resident.locator('#checkout-balance', { hasText: '200' }).waitFor();
  await checkReadable(resident);

  // 3. Pay by WeChat: the 模拟支付 sheet shows the amount the sandbox holds.
  await resident.click('#checkout-btn-submit');
  await resident.locator('#mock-pay-amount', { hasText: '7.00' }).waitFor();
  await expect(resident.locator('#mock-pay-body').innerText()).resolves.toContain('南塘高山大米');
  await checkReadable(resident);
  await resident.click('#btn-mock-pay');

  // 4. The order page: paid (待自提), the pickup code big and as a QR, the station's address.
  await resident.locator('#order-state[data-status="paid"]').waitFor();
  const orderId = orderIdOf(resident);
  const code = (await resident.locator('#order-pickup-code').innerText()).trim();
  expect(code).toMatch(/^\d{6}$/);
  await expect(resident.locator('#order-pickup-qr').getAttribute('data-text')).resolves.toBe(`civic-pickup:${code}`);
  await resident.locator('#order-total', { hasText: '¥7.00' }).waitFor();
  await resident.locator('#order-station-address', { hasText: '南塘村村部' }).waitFor();
  expect(await resident.locator('#order-btn-cancel').count()).toBe(0);
  await checkReadable(resident);

  // 5. demo-staff: 我的 → 站点订单, picks 南塘村站, sees the order under 待自提, verifies the typed code.
  const staff = await app.signIn('demo-staff');
  await tab(staff, '我的');
  await staff.click('#me-cell-station-orders');
  await staff.click('#station-orders-btn-station');
  await staff.click('#btn-locate');
  await staff.click('#btn-privacy-agree');
  await staff.click(`#station-item-${NANTANG}`);
  await staff.locator('#station-orders-name', { hasText: '南塘村' }).waitFor();
  const row = staff.locator(`#station-orders-item-${orderId}`);
  await row.waitFor();
  await expect(row.innerText()).resolves.toContain('张桂兰');
  await checkReadable(staff);
  await staff.click('#station-orders-btn-pickup');
  await input(staff, 'pickup-code').fill(code === '000000' ? '111111' : '000000');
  await staff.click('#pickup-btn-verify');
  await staff.locator('#pickup-error', { hasText: '取货码不正确' }).waitFor();
  await input(staff, 'pickup-code').fill(code);
  await checkReadable(staff);
  await staff.click('#pickup-btn-verify');
  await staff.locator('#pickup-done-title').waitFor();
  await expect(staff.locator('#pickup-done').innerText()).resolves.toContain('南塘高山大米');
  await checkReadable(staff);

  // 6. The buyer's order is completed; the code is gone from it.
  await resident.reload();
  await resident.locator('#order-state[data-status="completed"]').waitFor();
  expect(await resident.locator('#order-pickup-code').count()).toBe(0);
  await resident.locator('#order-steps [data-status="done"]', { hasText: '取货完成' }).waitFor();

  // 7. The producer sees the sale and its income, per order and for the month.
  const producer = await app.signIn('demo-producer');
  await tab(producer, '集市');
  await producer.click('#market-btn-mine');
  await producer.click('#mine-btn-sales');
  const sale = producer.locator(`#sales-item-${orderId}`);
  await sale.waitFor();
  await producer.locator(`#sales-item-${orderId}-state[data-status="completed"]`).waitFor();
  await producer.locator(`#sales-item-${orderId}-income`, { hasText: '收入 ¥7.00' }).waitFor();
  await producer.locator('#sales-month-0-income', { hasText: '¥7.00' }).waitFor();
  await checkReadable(producer);
}, 300_000);

/**
 * The points journey: demo-resident (200 love points) buys 2 斤 of the rice at once (立即购买), chooses
 * 爱心积分 (70), and the order is paid without a pay sheet — the pickup code shows and 70 points are spent;
 * 我的订单 lists it under 待自提; demo-staff refund it with a reason and the points come back.
 */
test('a resident pays for rice with love points, finds it under 待自提, staff refund it and the points return', async () => {
  const resident = await app.signIn('demo-resident');
  const before = (await (await app.cloud.as('demo-resident')).ok('points', 'balance')).balance as number;
  await openRice(resident);
  await resident.click('#listing-btn-buy');
  await resident.locator('#checkout-total', { hasText: '¥3.50' }).waitFor();
  await resident.click('#checkout-qty-0-plus');
  await resident.click('#checkout-pay-points');
  await resident.locator('#checkout-total', { hasText: '70 爱心积分' }).waitFor();
  await resident.locator('#checkout-balance', { hasText: String(before) }).waitFor();
  await checkReadable(resident);
  await resident.click('#checkout-btn-submit');

  await resident.locator('#order-state[data-status="paid"]').waitFor();
  const orderId = orderIdOf(resident);
  await expect(resident.locator('#order-pickup-code').innerText()).resolves.toMatch(/^\s*\d{6}\s*$/);
  await resident.locator('#order-total', { hasText: '70 爱心积分' }).waitFor();
  expect(await resident.locator('#mock-pay-sheet').count()).toBe(0);
  await checkReadable(resident);
  const after = (await (await app.cloud.as('demo-resident')).ok('points', 'balance')).balance as number;
  expect(after).toBe(before - 70);

  // 我的订单 from 我的 (the same phone, opened again on 首页).
  await resident.goto(app.cloud.gateway.url);
  await resident.locator('#home-greeting').waitFor();
  await tab(resident, '我的');
  await resident.click('#me-cell-orders');
  await resident.click('#my-orders-state-paid');
  await resident.locator(`#my-orders-item-${orderId}-state[data-status="paid"]`).waitFor();
  await resident.locator(`#my-orders-item-${orderId}-total`, { hasText: '70 爱心积分' }).waitFor();
  await checkReadable(resident);

  // Staff refund it with a reason (asked for first): the points come back at once.
  const staff = await app.signIn('demo-staff');
  await staff.goto(`${app.cloud.gateway.url}/#/packages/order/detail/index?id=${orderId}`);
  await staff.locator('#order-state[data-status="paid"]').waitFor();
  expect(await staff.locator('#order-pickup-code').count()).toBe(0);
  await staff.click('#order-btn-refund');
  await staff.click('#order-btn-refund');
  await staff.locator('#order-error', { hasText: '请填写退款原因' }).waitFor();
  await textarea(staff, 'order-refund-reason-input').fill('买家说不要了');
  await checkReadable(staff);
  await staff.click('#order-btn-refund');
  await staff.locator('#order-state[data-status="refunded"]').waitFor();
  await staff.locator('#order-refund-reason', { hasText: '买家说不要了' }).waitFor();
  expect((await (await app.cloud.as('demo-resident')).ok('points', 'balance')).balance).toBe(before);
}, 240_000);
