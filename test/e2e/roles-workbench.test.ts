import type { Page } from 'playwright-core';
import { userIdOf } from '@/server/shared/ids';
import { findOnAwardPage, useAppInBrowser, personalCode } from '../helpers/e2e';
import { pickRoleForVolunteer } from '../helpers/e2e-roles';
import { glassesWish } from '../helpers/fixtures-wish';

const app = useAppInBrowser();

async function workbench(openid: string): Promise<Page> {
  const page = await app.openMeTab(openid);
  await page.click('#me-btn-workbench');
  await page.locator('#workbench-todos').waitFor();
  return page;
}

const count = async (page: Page, key: string) => Number(await page.locator(`#workbench-todo-${key}`).getAttribute('data-count'));

/**
 * Station staff start from 我的 › 工作台: the to-do counts say a wish and a volunteer registration wait; each
 * count opens its queue, where they approve; back on the workbench both counts went down.
 */
test('staff approve a wish and a volunteer registration from the to-do counts', async () => {
  // A wish waiting at 东门, and 南塘 (in 刘芳's 城关镇) set to review registrations, with one waiting.
  const resident = await app.cloud.as('demo-resident');
  await resident.ok('user', 'setHomeStation', { stationId: 'n-dongmen' });
  const wish = await resident.ok('wish', 'submit', glassesWish());
  await (await app.cloud.as('demo-admin')).ok('admin', 'editNode', { id: 'n-nantang', volunteerReview: true });
  const applicant = await app.cloud.as('e2e-applicant');
  await applicant.ok('user', 'login');
  await applicant.ok('user', 'registerVolunteer', { realName: '孙丽', phone: '13912340000', stationId: 'n-nantang', skills: ['理发'] });
  const uid = userIdOf('e2e-applicant');

  const staff = await workbench('demo-staff');
  await staff.locator('#workbench-todo-wishes[data-count]').waitFor();
  const wishesBefore = await count(staff, 'wishes');
  expect(wishesBefore).toBeGreaterThanOrEqual(1);
  expect(await count(staff, 'volunteers')).toBe(1);

  await staff.click('#workbench-todo-wishes');
  await staff.click(`#review-${wish.id}-btn-approve`);
  await staff.locator(`#review-result-${wish.id}`, { hasText: '已通过' }).waitFor();
  await staff.locator(`#review-item-${wish.id}[data-status="open"]`).waitFor();
  await staff.goBack();

  await staff.locator('#workbench-todo-volunteers').waitFor();
  await staff.click('#workbench-todo-volunteers');
  await staff.locator(`#volunteer-card-${uid}`, { hasText: '孙丽' }).waitFor();
  await expect(staff.locator(`#volunteer-card-${uid}`).innerText()).resolves.toContain('13912340000');
  await staff.click(`#volunteer-${uid}-btn-approve`);
  await staff.locator(`#volunteer-result-${uid}`, { hasText: '已通过' }).waitFor();
  await staff.goBack();

  // Shown again, the workbench counts afresh.
  await staff.locator(`#workbench-todo-volunteers[data-count="0"]`).waitFor();
  await staff.locator(`#workbench-todo-wishes[data-count="${wishesBefore - 1}"]`).waitFor();
  expect((await applicant.ok('user', 'profile')).volunteer.status).toBe('approved');
}, 120_000);

/** A center admin finds a volunteer on 角色管理 and makes her staff of 南塘村站; she holds the role at once. */
test('an admin grants a role from the workbench', async () => {
  const admin = await pickRoleForVolunteer(app, 'staff', 'n-nantang');
  await admin.locator('#roles-node', { hasText: '南塘村' }).waitFor();
  await admin.click('#roles-btn-grant');
  await admin.locator('#roles-held-1', { hasText: '站点管理员' }).waitFor();
  const roles = (await (await app.cloud.as('demo-volunteer')).ok('user', 'profile')).roles;
  expect(roles).toContainEqual(expect.objectContaining({ role: 'staff', nodeId: 'n-nantang' }));
}, 120_000);

/**
 * A resident shows her 个人码 on 我的; the station worker reads it (in the test: from the page, where a scanner
 * would) into 发放文明积分 and awards 5 points; the resident's balance shows them.
 */
test('staff award civility points by a resident 个人码', async () => {
  const residentApi = await app.cloud.as('demo-resident');
  const before = (await residentApi.ok('points', 'balance')).balance as number;
  const resident = await app.openMeTab('demo-resident');
  const code = await personalCode(resident);
  await expect(resident.locator('#user-code-qr img').count()).resolves.toBe(1);

  const staff = await app.openMeTab('demo-staff');
  await findOnAwardPage(staff, 'person', code, '张桂兰');
  await staff.click('#award-category-0');
  await staff.click('#award-amount-5');
  await staff.click('#award-btn-submit');
  await staff.locator('#award-result-text', { hasText: '已给张桂兰发放 5 分' }).waitFor();
  expect((await residentApi.ok('points', 'balance')).balance).toBe(before + 5);
}, 120_000);
