import { submitWishForm, useAppInBrowser } from '../helpers/e2e';
import { glassesWish } from '../helpers/fixtures-wish';

const app = useAppInBrowser();

/**
 * The two everyday roles from 首页: a resident posts a wish (the form says first how many she may still
 * post), and a volunteer claims an open one and then sees whom to call.
 */
test('a resident posts a wish from 首页', async () => {
  await (await app.cloud.as('demo-resident')).ok('user', 'setHomeStation', { stationId: 'n-dongmen' });
  const resident = await app.signIn('demo-resident');
  await resident.click('#tile-wish');
  await resident.click('#wish-btn-new');
  await resident.locator('#wish-submit-lead', { hasText: '您还可以许 3 个' }).waitFor();
  await submitWishForm(resident, {
    title: '想要一台收音机',
    story: '家里的收音机坏了，平时一个人在家，想听听新闻和戏曲。',
    category: 0,
    yuan: '80',
    phone: '13912345678',
    address: '东门社区东门路8号2栋302',
  });
  await resident.locator('#wish-detail-status[data-status="pending_review"]').waitFor();
}, 120_000);

test('a volunteer claims an open wish from 首页', async () => {
  const resident = await app.cloud.as('demo-resident');
  const staff = await app.cloud.as('demo-staff');
  const made = await resident.ok('wish', 'submit', glassesWish({ stationId: 'n-dongmen' }));
  await staff.ok('wish', 'review', { id: made.id, approve: true });

  const volunteer = await app.openWishTab('demo-volunteer');
  await volunteer.click(`#wish-pool-item-${made.id}`);
  await volunteer.click('#wish-detail-btn-claim');
  await volunteer.locator('#wish-detail-status[data-status="claimed"]').waitFor();
  await volunteer.locator('#wish-detail-phone', { hasText: '13912345678' }).waitFor();
}, 120_000);
