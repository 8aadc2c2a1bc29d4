/**
 * The demo market (善星小集): `demo-producer` (赵大山) registered at 南塘村站 and marked supported, three more
 * villagers (two registered by staff, without a phone), and a dozen listings on sale at the demo stations,
 * some with the 帮扶产品 badge, each with a real photo in storage (a small drawn picture).
 */
import { COLLECTIONS } from '../../src/contracts/collections';
import type { ListingCategory, ListingUnit, SupportCategory } from '../../src/contracts/market';
import { checksFor } from '../../src/core/market';
import { db, getCloud } from '../../src/server/cloud';
import type { ProducerDoc } from '../../src/server/market/producer-repo';
import type { ListingDoc } from '../../src/server/market/repo';
import { entryIdOf } from '../../src/server/points/ledger';
import { userIdOf } from '../../src/server/shared/ids';
import type { OrgNodeDoc } from '../../src/server/org/repo';
import { encodeGreyPng } from '../openapi/png';
import { dongmen, longxiVillage, nantang, shiqiao } from './county';

const AT = Date.UTC(2026, 0, 1);
const STAFF = userIdOf('demo-staff');

function producer(
  id: string,
  name: string,
  phone: string,
  station: OrgNodeDoc,
  village: string,
  extra: Partial<ProducerDoc> = {},
): ProducerDoc {
  return {
    _id: id,
    name,
    phone,
    village,
    stationId: station._id,
    stationName: station.name,
    stationPath: station.path,
    status: 'approved',
    supported: false,
    proxy: true,
    registeredAt: AT,
    registeredBy: STAFF,
    reviewedBy: STAFF,
    reviewedAt: AT,
    updatedAt: AT,
    ...extra,
  };
}

const supported = (category: SupportCategory) => ({ supportCategory: category, supported: true, supportMarkedBy: STAFF });

export const DEMO_PRODUCERS: ProducerDoc[] = [
  producer(`p${userIdOf('demo-producer')}`, '赵大山', '13800004444', nantang, '南塘村', {
    userId: userIdOf('demo-producer'),
    proxy: false,
    registeredBy: userIdOf('demo-producer'),
    ...supported('脱贫户'),
  }),
  producer('pp-demo-wang', '王桂香', '13800005555', nantang, '南塘村', supported('五保户')),
  producer('pp-demo-chen', '陈木匠', '13800006666', dongmen, '东门社区'),
  producer('pp-demo-liu', '刘春生', '13800007777', longxiVillage, '龙溪村', supported('低保户')),
];

type Item = [
  name: string,
  category: ListingCategory,
  unit: ListingUnit,
  priceFen: number,
  pointsPrice: number | undefined,
  stock: number,
  producer: ProducerDoc,
  pickup: OrgNodeDoc,
  description: string,
];

const [zhao, wang, chen, liu] = DEMO_PRODUCERS;
const ITEMS: Item[] = [
  ['南塘高山大米', '粮油', '斤', 350, 35, 200, zhao, nantang, '山脚下的梯田种的稻子，今年新米，煮饭香。'],
  ['自榨菜籽油', '粮油', '斤', 1_800, undefined, 60, zhao, nantang, '自家菜籽，老式压榨，没有添加。'],
  ['土鸡蛋', '禽蛋肉', '个', 150, 15, 300, wang, nantang, '散养的土鸡下的蛋，每天现捡。'],
  ['腊肉', '禽蛋肉', '斤', 4_500, undefined, 30, wang, dongmen, '冬天熏的腊肉，柴火慢熏一个月。'],
  ['红薯粉丝', '干货', '斤', 1_200, 120, 80, zhao, nantang, '自家红薯做的粉丝，手工晾晒。'],
  ['竹编菜篮', '手工', '个', 3_500, 300, 15, chen, dongmen, '老篾匠手工编的菜篮，结实耐用。'],
  ['木质小板凳', '手工', '个', 6_000, undefined, 8, chen, dongmen, '杉木做的小板凳，榫卯结构。'],
  ['龙溪脐橙', '果蔬', '箱', 6_800, undefined, 50, liu, longxiVillage, '十斤一箱，果园现摘。'],
  ['新鲜白菜', '果蔬', '斤', 120, 10, 150, liu, longxiVillage, '早上现摘的白菜，没有打药。'],
  ['干香菇', '干货', '斤', 5_600, undefined, 25, liu, shiqiao, '山里椴木种的香菇，晒干的。'],
  ['野生蜂蜜', '其他', '瓶', 6_800, 500, 20, wang, nantang, '一斤装，山里的土蜂蜜。'],
  ['手工米酒', '其他', '瓶', 2_500, undefined, 40, zhao, nantang, '糯米酿的甜酒，一斤装。'],
];

/** A small picture per listing (a drawn pattern), stored as a real file so the app can show it. */
async function uploadPhoto(i: number): Promise<string> {
  const png = encodeGreyPng(96, 96, (x, y) => (((x >> 3) + (y >> 3) + i) % 2 ? 200 : 120 + ((x * y + i * 37) % 60)));
  const { fileID } = await getCloud().uploadFile({ cloudPath: `seed/market-${i}.png`, fileContent: png });
  return fileID;
}

function listingDoc(
  i: number,
  [name, category, unit, priceFen, pointsPrice, stock, p, pickup, description]: Item,
  photo: string,
): ListingDoc {
  const onSaleAt = AT + (i + 1) * 3_600_000;
  return {
    _id: `l-demo-${String(i + 1).padStart(2, '0')}`,
    status: 'on_sale',
    name,
    description,
    photos: [photo],
    category,
    unit,
    priceFen,
    ...(pointsPrice !== undefined ? { pointsPrice } : {}),
    stock,
    soldCount: (i * 7) % 23,
    originVillage: p.village,
    producerId: p._id,
    ...(p.userId ? { producerUserId: p.userId } : {}),
    producerName: p.name,
    producerStationPath: p.stationPath,
    supported: p.supported,
    stationId: pickup._id,
    stationName: pickup.name,
    stationPath: pickup.path,
    photoChecks: Object.fromEntries(Object.keys(checksFor([photo])).map((k) => [k, 'pass' as const])),
    flagged: false,
    flaggedFields: [],
    proxy: !p.userId,
    createdBy: p.userId ?? STAFF,
    reviewedBy: STAFF,
    reviewedAt: onSaleAt,
    onSaleAt,
    rev: 0,
    createdAt: onSaleAt - 600_000,
    updatedAt: onSaleAt,
  };
}

/** Writes the demo market (once: the county seed runs on a new data folder only). */
export async function seedMarket(): Promise<void> {
  const database = db();
  await database.collection(COLLECTIONS.producers).add({ data: DEMO_PRODUCERS });
  const photos = await Promise.all(ITEMS.map((_, i) => uploadPhoto(i)));
  await database.collection(COLLECTIONS.listings).add({ data: ITEMS.map((item, i) => listingDoc(i, item, photos[i])) });
  await seedBuyerPoints();
}

/** demo-resident's love points for the points journey (the rice costs 35 a 斤): one ledger entry, the cached totals beside it. */
export const DEMO_RESIDENT_POINTS = 200;
async function seedBuyerPoints(): Promise<void> {
  const userId = userIdOf('demo-resident');
  const entry = { userId, kind: 'earn' as const, source: 'civility' as const, sourceId: 'seed-demo-resident' };
  await db()
    .collection(COLLECTIONS.pointsEntries)
    .add({
      data: {
        _id: entryIdOf(entry),
        ...entry,
        amount: DEMO_RESIDENT_POINTS,
        balanceAfter: DEMO_RESIDENT_POINTS,
        seq: 1,
        at: AT,
        actorId: STAFF,
        note: '垃圾分类文明积分',
        nodePath: nantang.path,
      },
    });
  await db()
    .collection(COLLECTIONS.users)
    .where({ _id: userId })
    .update({ data: { pointsBalance: DEMO_RESIDENT_POINTS, pointsEarned: DEMO_RESIDENT_POINTS, pointsSpent: 0, pointsSeq: 1 } });
}
