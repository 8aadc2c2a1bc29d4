import { NODES } from '../../emulator/seed/county';
import { distanceM } from '../../src/core/geo';
import { formatDistance } from '../../src/services/format';
import { wgs84ToGcj02 } from '../../src/services/gcj02';
import type { Gps } from '../helpers/browser';
import { checkReadable, useAppInBrowser } from '../helpers/e2e';

const app = useAppInBrowser();

/** The volunteer's phone stands in 龙溪镇, between 石桥村 and 龙溪村: far from their home station 东门社区. */
const GPS: Gps = { latitude: 26.65, longitude: 110.714 };

/** Open wishes in three more stations, approved one after the other (so the newest is the farthest of them). */
const WISHES = [
  { stationId: 'n-shiqiao', title: '石桥村：想要一台旧电视' },
  { stationId: 'n-longxicun', title: '龙溪村：想请人教用智能手机' },
  { stationId: 'n-nantang', title: '南塘村：想要几本大字书' },
];

/**
 * Nearest first: in the 心愿 tab a volunteer looks at the whole county, switches to 离我最近, agrees to use
 * the location (the consent popup is not under the H5 tab bar), and the pool is in order of the stations'
 * distance from where the phone is.
 */
test('离我最近 orders the pool by the distance of each wish’s station from the phone', async () => {
  const admin = await app.cloud.as('demo-admin');
  const created: string[] = [];
  for (const w of WISHES) {
    const wish = await admin.ok('wish', 'submit', {
      title: w.title,
      story: '家里老人独居，希望有人帮一把。',
      category: '生活用品',
      valueFen: 0,
      beneficiary: { name: '李大爷', address: '村委会旁' },
      stationId: w.stationId,
      proxy: true,
    });
    await admin.ok('wish', 'review', { id: wish.id, approve: true });
    created.push(wish.id);
  }
  // The pool as the server has it (the demo county's open wishes too), and each wish's station.
  const volunteerApi = await app.cloud.as('demo-volunteer');
  const pool = (await volunteerApi.ok('wish', 'pool', { limit: 20 })).items as { id: string; stationId: string }[];
  const stationOf = new Map(pool.map((w) => [w.id, w.stationId]));
  expect(created.every((id) => stationOf.has(id))).toBe(true);

  const here = wgs84ToGcj02({ lat: GPS.latitude, lng: GPS.longitude });
  const location = new Map(NODES.map((n) => [n._id, n.location]));
  const metres = (id: string) => Math.round(distanceM(here, location.get(stationOf.get(id) as string)!));

  const volunteer = await app.openWishTab('demo-volunteer', GPS);
  const cards = volunteer.locator('#wish-pool-list [id^="wish-pool-item-"]');
  const shownIds = async () => (await cards.evaluateAll((els) => els.map((e) => e.id))).map((id) => id.replace('wish-pool-item-', ''));

  // The whole county, newest first: the three new wishes, then the demo ones at 东门社区.
  await volunteer.click('#wish-scope-county');
  await volunteer.locator(`#wish-pool-item-${created[created.length - 1]}`).waitFor();
  await volunteer.waitForFunction((n) => document.querySelectorAll('#wish-pool-list [id^="wish-pool-item-"]').length === n, stationOf.size);
  const newest = await shownIds();

  // 离我最近: the consent popup first, resting on the tab bar (not under it), and saying what is collected.
  await volunteer.click('#wish-sort-nearest');
  const popup = volunteer.locator('#privacy-popup');
  await popup.waitFor();
  const wording = await popup.innerText();
  for (const word of ['位置', '手机号', '住址', '照片']) expect(wording).toContain(word);
  const agree = await volunteer.locator('#btn-privacy-agree').boundingBox();
  const tabBar = await volunteer.locator('.taro-tabbar__tabbar').boundingBox();
  const panel = await volunteer.locator('.privacy-popup__panel').boundingBox();
  expect(agree!.y + agree!.height).toBeLessThanOrEqual(tabBar!.y);
  expect(Math.abs(panel!.y + panel!.height - tabBar!.y)).toBeLessThanOrEqual(1);
  await volunteer.click('#btn-privacy-agree');
  await volunteer.locator('#wish-sort-nearest.list-filters__seg-item--on').waitFor();
  await cards.first().filter({ hasText: '离我' }).waitFor();
  await checkReadable(volunteer);

  const nearest = await shownIds();
  expect(new Set(nearest)).toEqual(new Set(newest));
  const distances = nearest.map(metres);
  expect(distances).toEqual([...distances].sort((a, b) => a - b));
  // Station by station, nearest first: 石桥村, 龙溪村, then 南塘村 (just ahead of the demo wishes at 东门社区).
  const stations = [...new Set(nearest.map((id) => stationOf.get(id)))];
  expect(stations.slice(0, 3)).toEqual(['n-shiqiao', 'n-longxicun', 'n-nantang']);
  expect(nearest).not.toEqual(newest);
  // Each card says how far it is, as the phone measures it.
  for (const id of nearest) {
    await expect(volunteer.locator(`#wish-pool-item-${id}`).innerText()).resolves.toContain(`离我 ${formatDistance(metres(id))}`);
  }
}, 180_000);
