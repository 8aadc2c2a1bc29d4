import type { Page } from 'playwright-core';
import { checkReadable, clockAt, input, openRoute, useAppInBrowser } from '../helpers/e2e';
import { eventInput, MIN, slot } from '../integration/event/fixtures';

const app = useAppInBrowser();
const TITLE = '东门河道巡护';

// The slot is tomorrow; the journey happens at its start and at its end (clockAt fixes the functions' clock).

/** The leader's live code as a scanner reads it: the token the QR code on the page is drawn from, once issued at `issuedAt`. */
async function tokenOn(leader: Page, issuedAt: number): Promise<string> {
  const code = leader.locator(`#attendance-live-code[data-issued="${issuedAt}"]`);
  await code.waitFor();
  const token = (await code.getAttribute('data-token')) ?? '';
  // What the phone's camera sees: the picture is drawn from that same string.
  await expect(leader.locator('#attendance-live-code .qr-code').getAttribute('data-text')).resolves.toBe(token);
  await expect(leader.locator('#attendance-live-code img').count()).resolves.toBe(1);
  return token;
}

/** The volunteer types (H5 has no scanner) the token into the check-in page and presses the button. */
async function useCode(volunteer: Page, action: 'checkIn' | 'checkOut', token: string): Promise<void> {
  await input(volunteer, `attendance-${action}-code`).fill(token);
  await volunteer.click(`#attendance-${action}-btn-code`);
}

/**
 * Attendance end to end, each person on their own phone: demo-leader opens the live code for a slot at its
 * start → demo-volunteer checks in with it, and at the end checks out with a fresh one → the leader confirms
 * the roster → the volunteer's points and hours rose by exactly the credited amounts → the record sheet shows
 * the record, and its verification number checks out on the public page for another resident.
 */
test('a volunteer checks in and out with the live code, the leader confirms, the record verifies', async () => {
  const leaderApi = await app.cloud.as('demo-leader');
  const volunteerApi = await app.cloud.as('demo-volunteer');
  // A 繁重 event (factor 1.5 by default) with one two-hour slot tomorrow, 10 points an hour.
  const slotSpec = slot(1, 9, 2, 10);
  const ev = await leaderApi.ok('event', 'publish', eventInput({ title: TITLE, intensity: 'heavy', pointsPerHour: 10 }, [slotSpec]));
  const slotId: string = ev.slots[0].id;
  await volunteerApi.ok('event', 'signUp', { eventId: ev.id, slotId });
  const pointsBefore: number = (await volunteerApi.ok('points', 'balance', {})).balance;
  const hoursBefore: number = (await volunteerApi.ok('event', 'myRecords', {})).totalHours;
  const atStart = slotSpec.start + 2 * MIN;
  const atEnd = slotSpec.end + 5 * MIN;

  // 1. At the slot's start the leader opens the event and its live code.
  const leader = await app.signIn('demo-leader');
  await clockAt(leader, atStart);
  await openRoute(leader, `/packages/event/detail/index?id=${ev.id}`);
  await leader.click('#event-slot-0-btn-liveCode');
  const first = await tokenOn(leader, atStart);
  await leader.locator('#attendance-live-checked-in', { hasText: '0/1' }).waitFor();
  await leader.locator('#attendance-live-countdown', { hasText: '秒后自动更新' }).waitFor();
  await checkReadable(leader);

  // 2. The volunteer opens the slot from the event, finds 签到 / 签退 and checks in with that code.
  const volunteer = await app.signIn('demo-volunteer');
  await clockAt(volunteer, atStart);
  await openRoute(volunteer, `/packages/event/detail/index?id=${ev.id}`);
  await volunteer.click('#event-slot-0-btn-checkIn');
  await volunteer.locator('#attendance-checkin[data-state="signed"]').waitFor();
  await checkReadable(volunteer);
  await useCode(volunteer, 'checkIn', 'not-a-code');
  await volunteer.locator('#attendance-checkIn-error-code').waitFor(); // refused, next to the button
  await useCode(volunteer, 'checkIn', first);
  await volunteer.locator('#attendance-checkin[data-state="checked_in"]').waitFor();
  await volunteer.locator('#attendance-checkin-in', { hasText: '扫码' }).waitFor();
  await volunteer.locator('#attendance-checkin-next', { hasText: '签退' }).waitFor();
  // The leader's screen counts the check-in with its next code.
  await leader.click('#attendance-live-btn-refresh');
  await leader.locator('#attendance-live-checked-in', { hasText: '1/1' }).waitFor();

  // 3. After the slot: a fresh code on the leader's screen, and the volunteer checks out with it.
  await clockAt(leader, atEnd);
  await leader.click('#attendance-live-btn-refresh');
  const second = await tokenOn(leader, atEnd);
  expect(second).not.toBe(first);
  await clockAt(volunteer, atEnd);
  await useCode(volunteer, 'checkOut', second);
  await volunteer.locator('#attendance-checkin[data-state="checked_out"]').waitFor();
  await volunteer.locator('#attendance-checkin-hours', { hasText: '2 小时' }).waitFor();

  // 4. The leader opens the roster, looks at everyone's hours and confirms them all at once.
  await leader.click('#attendance-live-btn-roster');
  const line = leader.locator('[id^="attendance-roster-item-"][data-state="checked_out"]');
  await line.waitFor();
  await expect(line.innerText()).resolves.toContain('王小红');
  await leader.click('#attendance-roster-btn-confirm');
  await leader.locator('#attendance-confirm-total', { hasText: '共 1 人，2 小时' }).waitFor();
  await checkReadable(leader);
  await leader.click('#attendance-confirm-btn-submit');
  await leader.locator('#attendance-roster-result', { hasText: '已确认 1 人的时长' }).waitFor();
  await leader.locator('[id^="attendance-roster-item-"][data-state="confirmed"]').waitFor();
  expect(await leader.locator('#attendance-roster-btn-confirm').count()).toBe(0);

  // 5. The volunteer's points and hours rose by the credited amounts: 2 h × 10 × 1.0 (volunteer) × 1 (正常) × 1.5 (繁重).
  const credited = 2 * 10 * 1.0 * 1 * 1.5;
  await openRoute(volunteer, '/pages/me/index');
  await volunteer.locator('#me-points-balance', { hasText: `${pointsBefore + credited} 分` }).waitFor();
  await volunteer.click('#me-cell-records');
  await volunteer.locator('#attendance-records-hours', { hasText: `${hoursBefore + 2} 小时` }).waitFor();
  const record = volunteer.locator('[id^="attendance-record-"][data-hours="2"]', { hasText: TITLE });
  await record.waitFor();
  await checkReadable(volunteer);
  await expect(record.innerText()).resolves.toContain(`爱心积分 ${credited}`);
  expect((await volunteerApi.ok('points', 'balance', {})).balance).toBe(pointsBefore + credited);

  // 6. The record sheet lists the record (no station seal: 志愿服务记录) with its verification number …
  await volunteer.click('#attendance-records-btn-sheet');
  await volunteer.locator('#attendance-sheet-title', { hasText: '志愿服务记录' }).waitFor();
  await volunteer.locator('[id^="attendance-sheet-record-"]', { hasText: TITLE }).waitFor();
  const number = (await volunteer.locator('#attendance-sheet-number').getAttribute('data-number')) ?? '';
  expect(number).toMatch(/^WM\d+$/);
  await expect(volunteer.locator('#attendance-sheet .qr-code img').count()).resolves.toBe(1);
  await checkReadable(volunteer);

  // … which anyone can check on the public page: a masked name, the total hours, the count.
  const neighbour = await app.signIn('demo-resident');
  await openRoute(neighbour, '/packages/attendance/verify/index');
  await input(neighbour, 'attendance-verify-number').fill(number);
  await neighbour.click('#attendance-verify-btn-check');
  await neighbour.locator('#attendance-verify-hours', { hasText: `${hoursBefore + 2} 小时` }).waitFor();
  const name = await neighbour.locator('#attendance-verify-name').innerText();
  expect(name).not.toBe('王小红');
  expect(name.startsWith('王')).toBe(true);
  await neighbour.locator('#attendance-verify-count', { hasText: '条' }).waitFor();
  await checkReadable(neighbour);
}, 240_000);
