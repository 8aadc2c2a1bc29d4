import { eventually } from '../helpers/poll';
import type { OrderView, PayResult } from '@/contracts/order';
import { checkReadable, input, tab, useAppInBrowser } from '../helpers/e2e';

const app = useAppInBrowser();
const RICE = 'l-demo-01'; // 南塘高山大米, 3.50 元 a 斤, by 赵大山 (a supported household) at 南塘村站

/**
 * The 台账 after a sale, and the donation register: demo-resident buys 2 斤 of the demo rice and pays (through
 * the gateway, as the app does), demo-staff verifies the pickup code; then demo-staff opens 站点台账 from 我的
 * and sees the order in the month's sales and 赵大山's income (as he does on 每月收入), exports the table (a CSV with the BOM), registers
 * a donation of 10 袋 of rice and hands 3 to a household, seeing 7 remain.
 */
test('after a completed order, demo-staff sees it in the station 台账, exports it, and hands out a donation', async () => {
  const resident = await app.cloud.as('demo-resident');
  const order = await resident.ok<OrderView>('market', 'placeOrder', {
    stationId: 'n-nantang',
    lines: [{ listingId: RICE, qty: 2 }],
    pay: 'wechat',
  });
  const { payment } = await resident.ok<PayResult>('market', 'pay', { orderId: order.id });
  const prepayId = payment!.package.replace('prepay_id=', '');
  const res = await app.cloud.post('/api/dev/pay', { prepayId, decision: 'pay' }, resident.token);
  expect(res.status).toBe(200);
  const paid = await eventually(
    () => resident.ok<OrderView>('market', 'orderDetail', { orderId: order.id }),
    (o) => !!o.pickupCode,
    { what: 'no pickup code (the payment notice never arrived)' },
  );
  expect(paid.pickupCode).toMatch(/^\d{6}$/); // the payment notice never arrived: fail here, with the code's value
  const staffApi = await app.cloud.as('demo-staff');
  await staffApi.ok('market', 'verifyPickup', { stationId: 'n-nantang', code: paid.pickupCode });

  // demo-staff opens 站点台账 from 我的: 城关镇所's month, the order in it.
  const staff = await app.signIn('demo-staff');
  await tab(staff, '我的');
  await staff.click('#me-cell-ledger');
  await staff.locator('#ledger-view').waitFor();
  await expect(staff.locator('#ledger-sales-orders').innerText()).resolves.toBe('1 单');
  await expect(staff.locator('#ledger-sales-amount').innerText()).resolves.toBe('7.00 元');
  await expect(staff.locator('#ledger-supported').innerText()).resolves.toContain('1 单 · 2 件 · 7.00 元');
  await staff.locator('#ledger-producer-0', { hasText: '赵大山' }).waitFor();
  await expect(staff.locator('#ledger-producer-0-income').innerText()).resolves.toBe('7.00 元');
  await checkReadable(staff);
  // One station of the 所: the same order (南塘村站 is its pickup station).
  await staff.click('#ledger-scope-n-nantang');
  await staff.locator('#ledger-view[data-node="n-nantang"]').waitFor();
  await expect(staff.locator('#ledger-sales-orders').innerText()).resolves.toBe('1 单');
  await staff.click('#ledger-scope-n-dongmen');
  await staff.locator('#ledger-view[data-node="n-dongmen"]').waitFor();
  await expect(staff.locator('#ledger-sales-orders').innerText()).resolves.toBe('0 单');
  await staff.click('#ledger-scope-n-chengguan');
  await staff.locator('#ledger-view[data-node="n-chengguan"]').waitFor();

  // The producer sees the month's income on 每月收入 (from 我的).
  const producer = await app.signIn('demo-producer');
  await tab(producer, '我的');
  await producer.click('#me-cell-income');
  await producer.locator('#income-month-0').waitFor();
  await expect(producer.locator('#income-month-0-income').innerText()).resolves.toBe('7.00 元');
  await checkReadable(producer);

  // 导出表格: the file is a CSV with the BOM and the order's row.
  await staff.click('#ledger-btn-export');
  const done = staff.locator('#ledger-export-done');
  await done.waitFor();
  const url = (await done.getAttribute('data-url')) as string;
  const bytes = Buffer.from(await (await fetch(url)).arrayBuffer());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(bytes.toString('utf8')).toContain('赵大山,是,1,2,7.00,0.00,7.00');

  // The donation register: staff take in 10 袋 of rice and hand 3 to a household.
  await staff.click('#ledger-btn-donations');
  await staff.locator('#donation-form').waitFor();
  await input(staff, 'donation-item').fill('大米');
  await input(staff, 'donation-qty').fill('10');
  await staff.click('#donation-unit-袋');
  await staff.click('#donation-kind-unit');
  await input(staff, 'donation-donor').fill('县供电公司');
  await staff.click('#donation-form-btn-submit');
  await staff.locator('#donation-form-saved').waitFor();
  await staff.click('#donations-filter-received');
  const card = staff.locator('[id^="donation-d"][data-state="received"]').first();
  await card.waitFor();
  await card.locator('[id$="-btn-handover"]').click();
  await expect(card.locator('[id$="-handover-remaining"]').innerText()).resolves.toContain('还剩 10袋');
  await card.locator('[id$="-handover-qty"] input').fill('20');
  await card.locator('[id$="-handover-name"] input').fill('张三');
  await card.locator('[id$="-handover-btn-submit"]').click();
  await card.locator('[id$="-handover-error"]', { hasText: '剩余数量不够' }).waitFor();
  await card.locator('[id$="-handover-qty"] input').fill('3');
  await card.locator('[id$="-handover-btn-submit"]').click();
  await staff.locator('[id^="donation-d"][id$="-remaining"]', { hasText: '还剩 7袋' }).first().waitFor();
  await checkReadable(staff);
}, 180_000);
