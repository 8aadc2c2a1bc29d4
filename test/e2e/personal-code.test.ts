import { userIdOf } from '@/server/shared/ids';
import { checkReadable, clockAt, input, openRoute, personalCode, useAppInBrowser } from '../helpers/e2e';
import { pickRoleForVolunteer } from '../helpers/e2e-roles';
import { eventInput, MIN, slot } from '../integration/event/fixtures';

const app = useAppInBrowser();

/**
 * 王小红 paid two orders in love points for pickup at 南塘村站 and cannot find her 6-digit codes: she shows her
 * 个人码; the shopkeeper reads it on 核销取货, sees her two orders (her phone masked) and hands one over with a
 * tap — a wrong code first gets its message next to the button.
 */
test('staff hand over an order at the station by the buyer’s 个人码', async () => {
  const admin = await app.cloud.as('demo-admin');
  await admin.ok('points', 'adjust', { userId: userIdOf('demo-volunteer'), amount: 100, reason: '测试：取货用的积分' });
  const buyer = await app.cloud.as('demo-volunteer');
  const orderIds: string[] = [];
  for (const [listingId, qty] of [
    ['l-demo-01', 1],
    ['l-demo-03', 2],
  ] as const) {
    const o = await buyer.ok('market', 'placeOrder', { stationId: 'n-nantang', lines: [{ listingId, qty }], pay: 'points' });
    await buyer.ok('market', 'pay', { orderId: o.id });
    orderIds.push(o.id);
  }
  const code = await personalCode(await app.openMeTab('demo-volunteer'));

  const staff = await app.signIn('demo-staff');
  await openRoute(staff, `/packages/order/pickup/index?stationId=n-nantang&stationName=${encodeURIComponent('南塘村新时代文明实践站')}`);
  await staff.locator('#pickup-by-person').waitFor();
  await checkReadable(staff);
  await input(staff, 'pickup-usercode').fill('usercode.abc.def');
  await staff.click('#pickup-btn-person');
  await staff.locator('#pickup-person-error', { hasText: '这不是有效的个人码' }).waitFor();
  await input(staff, 'pickup-usercode').fill(code);
  await staff.click('#pickup-btn-person');

  const who = staff.locator('#pickup-person-buyer');
  await who.waitFor();
  await expect(who.innerText()).resolves.toBe('王小红 138****1111');
  await staff.locator('#pickup-person-order-1').waitFor();
  expect(await staff.locator('[id^="pickup-person-order-"][data-order]').count()).toBe(2);
  expect(await staff.locator('#pickup-person').innerText()).not.toContain('13800001111');
  await checkReadable(staff);
  const first = (await staff.locator('#pickup-person-order-0').getAttribute('data-order')) as string;
  expect(orderIds).toContain(first);
  await staff.click('#pickup-person-order-0-btn-handover');
  await staff.locator('#pickup-person-order-0-done').waitFor();
  await staff.locator('#pickup-person-order-0[data-state="completed"]').waitFor();
  expect(await staff.locator('#pickup-person-order-1-btn-handover').count()).toBe(1);
  await checkReadable(staff);
  expect((await buyer.ok('market', 'orderDetail', { orderId: first })).state).toBe('completed');
  const other = orderIds.find((id) => id !== first) as string;
  expect((await buyer.ok('market', 'orderDetail', { orderId: other })).state).toBe('paid');
}, 180_000);

/**
 * An older volunteer's phone cannot scan: at the slot the leader reads 王小红's 个人码 on the live-code page and
 * checks her in; at the end, on the roster, checks her out with her refreshed code.
 */
test('a leader checks a volunteer in and out by her 个人码', async () => {
  const leaderApi = await app.cloud.as('demo-leader');
  const slotSpec = slot(2, 14, 2, 5);
  const ev = await leaderApi.ok('event', 'publish', eventInput({ title: '敬老院探访' }, [slotSpec]));
  const slotId: string = ev.slots[0].id;
  await (await app.cloud.as('demo-volunteer')).ok('event', 'signUp', { eventId: ev.id, slotId });
  const atStart = slotSpec.start + 3 * MIN;
  const atEnd = slotSpec.end + 4 * MIN;

  const volunteer = await app.openMeTab('demo-volunteer');
  await clockAt(volunteer, atStart);
  const codeIn = await personalCode(volunteer);

  const leader = await app.signIn('demo-leader');
  await clockAt(leader, atStart);
  await openRoute(leader, `/packages/attendance/live/index?slotId=${slotId}`);
  await leader.locator('#attendance-live-checked-in', { hasText: '0/1' }).waitFor();
  await leader.locator('#attendance-person').waitFor();
  await checkReadable(leader);
  await input(leader, 'attendance-person-code').fill(codeIn);
  await leader.click('#attendance-person-btn-in');
  await leader.locator('#attendance-person-done', { hasText: '已为 王小红 签到' }).waitFor();
  await leader.locator('#attendance-live-checked-in', { hasText: '1/1' }).waitFor();
  await checkReadable(leader);

  await clockAt(leader, atEnd);
  await clockAt(volunteer, atEnd);
  await volunteer.goBack();
  await volunteer.locator('#me-links').waitFor();
  const codeOut = await personalCode(volunteer);
  expect(codeOut).not.toBe(codeIn);
  await openRoute(leader, `/packages/attendance/roster/index?slotId=${slotId}`);
  const line = leader.locator('[id^="attendance-roster-item-"][data-state="checked_in"]');
  await line.waitFor();
  await expect(line.innerText()).resolves.toContain('扫个人码');
  await input(leader, 'attendance-person-code').fill(codeOut);
  await leader.click('#attendance-person-btn-out');
  await leader.locator('#attendance-person-done', { hasText: '签退' }).waitFor();
  await leader.locator('[id^="attendance-roster-item-"][data-state="checked_out"]').waitFor();
  await checkReadable(leader);
  const mine = await (await app.cloud.as('demo-volunteer')).ok('event', 'myAttendance', { slotId }, { now: atEnd });
  expect(mine).toMatchObject({ state: 'checked_out', checkInMethod: 'usercode', checkOutMethod: 'usercode', hours: 2 });
}, 180_000);

/** On 角色管理 a center admin makes 王小红 leader of 东门社区志愿服务队: the team picker offers the station's teams. */
test('an admin makes a team leader on 角色管理, choosing the team', async () => {
  const admin = await pickRoleForVolunteer(app, 'leader', 'n-dongmen');
  const team = admin.locator('#roles-team-t-dongmen');
  await team.waitFor();
  await expect(admin.locator('#roles-btn-grant').getAttribute('class')).resolves.toContain('action-button--disabled');
  await checkReadable(admin);
  await team.click();
  await admin.locator('#roles-btn-grant', { hasText: '东门社区志愿服务队' }).waitFor();
  await admin.click('#roles-btn-grant');
  await admin.locator('[id^="roles-held-"]', { hasText: '队长' }).waitFor();
  await checkReadable(admin);
  const roles = (await (await app.cloud.as('demo-volunteer')).ok('user', 'profile')).roles;
  expect(roles).toContainEqual(expect.objectContaining({ role: 'leader', nodeId: 'n-dongmen', teamId: 't-dongmen' }));
}, 180_000);
