import { checkReadable, fieldError, input, tab, textarea, useAppInBrowser } from '../helpers/e2e';

const app = useAppInBrowser();
const openWishTab = (openid: string) => app.openWishTab(openid);

/** A real 1×1 PNG, as a phone's album would hand over. */
const PHOTO = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

const TITLE = '想要一台收音机';
const PHONE = '13912345678';
const ADDRESS = '东门社区东门路8号2栋302';

/**
 * The micro-wish journey, each person on their own phone: a resident wishes, the station reviews, a
 * volunteer claims (and only then sees the phone and address) and fulfils, the resident confirms with
 * 5 stars; the volunteer earns 10 love points and both are told in their inboxes.
 */
test('a wish goes from the resident through review, claim and fulfilment to confirmation', async () => {
  const residentApi = await app.cloud.as('demo-resident');
  const volunteerApi = await app.cloud.as('demo-volunteer');
  await residentApi.ok('user', 'setHomeStation', { stationId: 'n-dongmen' });
  const before = (await volunteerApi.ok('points', 'balance')).balance as number;

  // 1. The resident writes the wish; the form checks it as the server would.
  const resident = await openWishTab('demo-resident');
  await resident.click('#wish-btn-new');
  await input(resident, 'wish-form-title').fill(TITLE);
  await expect(resident.locator('#wish-form-title-count').innerText()).resolves.toBe(`${TITLE.length}/30`);
  await textarea(resident, 'wish-form-story').fill('家里的收音机坏了，平时一个人在家，想听听新闻和戏曲。还想顺便学学赌博。');
  await input(resident, 'wish-form-yuan').fill('600');
  await expect(input(resident, 'wish-form-name').inputValue()).resolves.toBe('张桂兰');
  await checkReadable(resident);
  await input(resident, 'wish-form-phone').fill(PHONE);
  await input(resident, 'wish-form-address').fill(ADDRESS);
  await resident.click('#wish-form-btn-submit');
  await fieldError(resident, 'wish-form-category', '请选择心愿类别');
  await fieldError(resident, 'wish-form-yuan', '心愿价值不能超过500元');
  await checkReadable(resident);
  await resident.click('#wish-form-category-0');
  await input(resident, 'wish-form-yuan').fill('80');
  // The content check refuses a risky word; the message sits under the field it names.
  await resident.click('#wish-form-btn-submit');
  await fieldError(resident, 'wish-form-story', '「心愿故事」含有不适宜的文字');
  await textarea(resident, 'wish-form-story').fill('家里的收音机坏了，平时一个人在家，想听听新闻和戏曲。');
  await resident.click('#wish-form-btn-submit');
  await resident.locator('#wish-detail-submitted').waitFor();
  await resident.locator('#wish-detail-status[data-status="pending_review"]').waitFor();
  await expect(resident.locator('#wish-detail-next').innerText()).resolves.toContain('站点工作人员正在审核');
  await checkReadable(resident);
  const id = new URLSearchParams(resident.url().split('?')[1]).get('id') as string;
  expect(id).toBeTruthy();

  // 2. The station worker approves it in 审核心愿.
  const staff = await openWishTab('demo-staff');
  await staff.click('#wish-btn-review');
  await staff.locator(`#review-item-${id}`, { hasText: TITLE }).waitFor();
  await expect(staff.locator(`#review-box-${id}`).innerText()).resolves.toContain(PHONE);
  await checkReadable(staff);
  await staff.click(`#review-${id}-btn-approve`);
  await staff.locator(`#review-result-${id}`, { hasText: '已通过' }).waitFor();

  // 3. The volunteer finds it in the pool — masked name, no phone — and claims it.
  const volunteer = await openWishTab('demo-volunteer');
  const card = volunteer.locator(`#wish-pool-item-${id}`);
  await card.waitFor();
  await checkReadable(volunteer);
  const cardText = await card.innerText();
  expect(cardText).toContain(TITLE);
  expect(cardText).toContain('张**');
  expect(cardText).toContain('80 元');
  expect(cardText).not.toContain(PHONE);
  await card.click();
  await volunteer.locator('#wish-detail-name', { hasText: '张**' }).waitFor();
  expect(await volunteer.locator('#wish-detail-phone').count()).toBe(0);
  await expect(volunteer.locator('#wish-detail-next').innerText()).resolves.toContain('获得 10 爱心积分');
  await volunteer.click('#wish-detail-btn-claim');
  await volunteer.locator('#wish-detail-status[data-status="claimed"]').waitFor();
  await volunteer.locator('#wish-detail-phone', { hasText: PHONE }).waitFor();
  await volunteer.locator('#wish-detail-address', { hasText: ADDRESS }).waitFor();
  await volunteer.locator('#wish-detail-btn-call', { hasText: PHONE }).waitFor();
  await checkReadable(volunteer);

  // 4. …and marks it done, with a note and a photo.
  await volunteer.click('#wish-detail-btn-fulfil');
  await volunteer.click('#wish-detail-btn-fulfil-submit');
  await fieldError(volunteer, 'wish-detail-note', '请填写完成说明');
  await textarea(volunteer, 'wish-detail-note').fill('收音机已经送到家里，教会了张阿姨怎么调台。');
  const [chooser] = await Promise.all([volunteer.waitForEvent('filechooser'), volunteer.click('#wish-detail-fulfil-upload-add')]);
  await chooser.setFiles({ name: 'radio.png', mimeType: 'image/png', buffer: PHOTO });
  await volunteer.locator('#wish-detail-fulfil-upload-item-0[data-status="done"]').waitFor();
  await checkReadable(volunteer);
  await volunteer.click('#wish-detail-btn-fulfil-submit');
  await volunteer.locator('#wish-detail-status[data-status="fulfilled"]').waitFor();
  await volunteer.locator('#wish-detail-fulfil-text', { hasText: '教会了张阿姨怎么调台' }).waitFor();
  const fulfilled = await residentApi.ok('wish', 'detail', { id });
  expect(fulfilled.fulfilPhotos).toEqual([expect.stringMatching(/^cloud:\/\//)]);

  // 5. The resident goes back to 我的心愿, opens it and confirms with 5 stars.
  await resident.goBack();
  await resident.click('#wish-btn-mine');
  await resident.locator(`#wish-mine-item-${id}[data-status="fulfilled"]`).click();
  await resident.locator('#wish-detail-fulfil-text', { hasText: '教会了张阿姨怎么调台' }).waitFor();
  await resident.click('#wish-detail-btn-confirm');
  await resident.click('#wish-detail-star-5');
  await resident.locator('#wish-detail-stars-text', { hasText: '5 星' }).waitFor();
  await checkReadable(resident);
  await textarea(resident, 'wish-detail-comment').fill('谢谢小王，收音机很好用！');
  await resident.click('#wish-detail-btn-confirm-submit');
  await resident.locator('#wish-detail-status[data-status="confirmed"]').waitFor();
  await resident.locator('#wish-detail-points', { hasText: '10 爱心积分' }).waitFor();

  // 6. Exactly 10 points for the volunteer, on the server and on 我的; both inboxes hold the messages.
  const after = (await volunteerApi.ok('points', 'balance')).balance as number;
  expect(after - before).toBe(10);
  await volunteer.goBack();
  await tab(volunteer, '我的');
  await volunteer.locator('#me-points-balance', { hasText: `${after} 分` }).waitFor();
  await checkReadable(volunteer);

  const kinds = async (api: typeof residentApi) =>
    ((await api.ok('inbox', 'list', {})).items as { kind: string; link?: string }[]).filter((m) => m.link?.includes(id)).map((m) => m.kind);
  await expect(kinds(residentApi)).resolves.toEqual(expect.arrayContaining(['wish.approved', 'wish.claimed', 'wish.fulfilled']));
  await expect(kinds(volunteerApi)).resolves.toEqual(['wish.confirmed']);
  const confirmedMsg = (await volunteerApi.ok('inbox', 'list', {})).items.find((m: { kind: string }) => m.kind === 'wish.confirmed');
  expect(confirmedMsg.body).toContain('获得爱心积分10分');
}, 180_000);
