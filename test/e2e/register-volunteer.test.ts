import { checkReadable, input, useAppInBrowser } from '../helpers/e2e';

const app = useAppInBrowser();

/**
 * A resident opens the app, picks her home station from the stations near her, registers as a volunteer
 * and sees her phone masked on 我的.
 */
test('a resident picks a home station and registers as a volunteer', async () => {
  const page = await app.newPhone();

  await page.click('#identity-demo-resident');
  await page.getByText('张桂兰，您好').waitFor();
  await checkReadable(page);

  await page.click('#home-btn-choose-station');
  await page.click('#btn-locate');
  await page.click('#btn-privacy-agree');
  await page.click('#station-item-n-dongmen');
  await page.locator('#home-station-name').getByText('东门社区新时代文明实践站').waitFor();

  await page.getByText('我的', { exact: true }).last().click();
  await page.click('#btn-register-volunteer');
  await input(page, 'input-real-name').fill('张桂兰');
  await input(page, 'input-phone').fill('139123');
  await page.click('#btn-submit-volunteer');
  await page.locator('#error-phone').getByText('请填写11位手机号码').waitFor();
  await checkReadable(page);

  await input(page, 'input-phone').fill('13912345678');
  await page.click('#skill-0');
  await page.click('#btn-submit-volunteer');
  // Success goes back to 我的 by itself.
  await page.locator('#volunteer-status[data-status="approved"]').waitFor();
  await page.locator('#role-volunteer-n-dongmen').waitFor();
  await checkReadable(page);
  await expect(page.locator('#profile-phone').innerText()).resolves.toContain('139****5678');
  await expect(page.locator('body').innerText()).resolves.not.toContain('13912345678');

  const me = await app.cloud.as('demo-resident');
  const profile = await me.ok('user', 'profile');
  expect(profile.volunteer).toMatchObject({ realName: '张桂兰', phone: '13912345678', status: 'approved', stationId: 'n-dongmen' });
  expect(profile.homeStationId).toBe('n-dongmen');
}, 90_000);
