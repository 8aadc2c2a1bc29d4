import type { Page } from 'playwright-core';
import { input, type AppInBrowser } from './e2e';

/**
 * demo-admin on a fresh phone: 我的 › 工作台 › 角色管理, finds the person by their phone number and opens
 * them (their roles listed); then the tree is opened down through `open` (node ids, e.g. the center, a 所).
 */
export async function rolesOf(app: AppInBrowser, phone: string, open: string[]): Promise<Page> {
  const admin = await app.openMeTab('demo-admin');
  await admin.click('#me-btn-workbench');
  await admin.locator('#workbench-todos').waitFor();
  await admin.click('#workbench-link-roles');
  await input(admin, 'roles-find-input').fill(phone);
  await admin.click('#roles-find-btn-find');
  await admin.click('#roles-find-person-0');
  await admin.locator('#roles-held-0').waitFor();
  for (const id of open) await admin.click(`#roles-open-${id}`);
  return admin;
}

/**
 * demo-admin opens 王小红 (demo-volunteer, 13800001111: a volunteer, no other role) on 角色管理, the tree open
 * down to 城关镇所, and picks `role` (e.g. leader, staff) at `nodeId`; the grant button is next.
 */
export async function pickRoleForVolunteer(app: AppInBrowser, role: string, nodeId: string): Promise<Page> {
  const admin = await rolesOf(app, '13800001111', ['n-center', 'n-chengguan']);
  await admin.locator('#roles-held-0', { hasText: '志愿者' }).waitFor();
  await admin.click(`#roles-role-${role}`);
  await admin.click(`#roles-pick-${nodeId}`);
  return admin;
}
