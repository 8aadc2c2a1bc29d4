import { input, textarea, useAppInBrowser } from '../helpers/e2e';

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
  await input(resident, 'wish-form-title').fill('想要一台收音机');
  await textarea(resident, 'wish-form-story').fill('家里的收音机坏了，平时一个人在家，想听听新闻和戏曲。');
  await resident.click('#wish-form-category-0');
  await input(resident, 'wish-form-yuan').fill('80');
  await input(resident, 'wish-form-phone').fill('13912345678');
  await input(resident, 'wish-form-address').fill('东门社区东门路8号2栋302');
  await resident.click('#wish-form-btn-submit');
  await resident.locator('#wish-detail-status[data-status="pending_review"]').waitFor();
}, 120_000);

test('a volunteer claims an open wish from 首页', async () => {
  const resident = await app.cloud.as('demo-resident');
  const staff = await app.cloud.as('demo-staff');
  const made = await resident.ok('wish', 'submit', {
    title: '想要一副老花镜',
    story: '眼睛看不清报纸了，想要一副200度的老花镜。',
    category: '生活用品',
    valueFen: 3000,
    beneficiary: { name: '张桂兰', phone: '13912345678', address: '东门社区3栋' },
    stationId: 'n-dongmen',
  });
  await staff.ok('wish', 'review', { id: made.id, approve: true });

  const volunteer = await app.openWishTab('demo-volunteer');
  await volunteer.click(`#wish-pool-item-${made.id}`);
  await volunteer.click('#wish-detail-btn-claim');
  await volunteer.locator('#wish-detail-status[data-status="claimed"]').waitFor();
  await volunteer.locator('#wish-detail-phone', { hasText: '13912345678' }).waitFor();
}, 120_000);
