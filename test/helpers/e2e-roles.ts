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
