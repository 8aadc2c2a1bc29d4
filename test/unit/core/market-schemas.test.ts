import { DonationInput } from '../../../src/contracts/donation.schema';
import { LedgerInput } from '../../../src/contracts/ledger.schema';
import { MARKET_ERROR_MESSAGES } from '../../../src/contracts/market-errors';
import { ERROR_MESSAGES } from '../../../src/contracts/errors';
import { MarketInput, MediaCheckEventSchema } from '../../../src/contracts/market.schema';
import { OrderInput } from '../../../src/contracts/order.schema';
import { listingInput } from '../../helpers/fixtures-market';
import { servedActions } from '../../helpers/served-actions';

const photo = 'cloud://local.env/uploads/f1.png';
const listing = listingInput([photo], { name: '南塘大米', description: '今年的新米，自家种的' });
const issues = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  r.success ? [] : r.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);

describe('market input schemas', () => {
  test('one schema per action', () => {
    // The function also serves orders, the ledger, donations and WeChat's image-check push (wxaMediaCheck).
    const pushes = { wxaMediaCheck: MediaCheckEventSchema };
    expect(Object.keys(MarketInput).sort()).toEqual(servedActions('market', OrderInput, LedgerInput, DonationInput, pushes));
  });

  test('a listing: prices in integer fen, an optional integer points price, 1–9 distinct photos', () => {
    expect(MarketInput.createListing.safeParse(listing).success).toBe(true);
    expect(MarketInput.createListing.safeParse({ ...listing, pointsPrice: 30 }).success).toBe(true);
    expect(issues(MarketInput.createListing.safeParse({ ...listing, priceFen: 4.5 }))).toEqual(['priceFen: 价格以分为单位']);
    expect(issues(MarketInput.createListing.safeParse({ ...listing, priceFen: 0 }))).toEqual(['priceFen: 价格至少0.01元']);
    expect(issues(MarketInput.createListing.safeParse({ ...listing, pointsPrice: 1.5 }))).toEqual(['pointsPrice: 积分价格须为整数']);
    expect(issues(MarketInput.createListing.safeParse({ ...listing, photos: [] }))).toEqual(['photos: 请至少上传1张商品图片']);
    const ten = Array.from({ length: 10 }, (_, i) => `cloud://local.env/uploads/f${i}.png`);
    expect(issues(MarketInput.createListing.safeParse({ ...listing, photos: ten }))).toEqual(['photos: 商品图片最多9张']);
    expect(issues(MarketInput.createListing.safeParse({ ...listing, photos: [photo, photo] }))).toEqual(['photos: 同一张图片不要重复上传']);
    expect(issues(MarketInput.createListing.safeParse({ ...listing, photos: ['https://evil.example/a.png'] }))).toEqual([
      'photos.0: 图片无效，请重新上传',
    ]);
  });

  test('names ≤ 30, descriptions ≤ 1,000, known categories and units, stock ≥ 1 at creation', () => {
    expect(issues(MarketInput.createListing.safeParse({ ...listing, name: '米'.repeat(31) }))).toEqual(['name: 商品名称最多30个字']);
    expect(MarketInput.createListing.safeParse({ ...listing, description: '好'.repeat(1000) }).success).toBe(true);
    expect(issues(MarketInput.createListing.safeParse({ ...listing, description: '好'.repeat(1001) }))).toEqual([
      'description: 商品介绍最多1000个字',
    ]);
    expect(issues(MarketInput.createListing.safeParse({ ...listing, category: '电器' }))).toEqual(['category: 请选择商品类别']);
    expect(issues(MarketInput.createListing.safeParse({ ...listing, unit: '吨' }))).toEqual(['unit: 请选择计量单位']);
    expect(issues(MarketInput.createListing.safeParse({ ...listing, stock: 0 }))).toEqual(['stock: 库存至少为1']);
  });

  test('an edit names at least one field; stock may go to 0; the points price may be removed', () => {
    expect(issues(MarketInput.editListing.safeParse({ id: 'l1' }))).toEqual(['id: 没有要修改的内容']);
    expect(MarketInput.editListing.safeParse({ id: 'l1', stock: 0 }).success).toBe(true);
    expect(MarketInput.editListing.parse({ id: 'l1', pointsPrice: null })).toEqual({ id: 'l1', pointsPrice: null });
    expect(MarketInput.editListing.parse({ id: 'l1', stock: 3, producerId: 'x', status: 'on_sale' })).toEqual({ id: 'l1', stock: 3 });
  });

  test('a rejection needs a reason; support marks only the five categories (or null to remove)', () => {
    expect(issues(MarketInput.reviewListing.safeParse({ id: 'l1', approve: false }))).toEqual(['reason: 请填写不通过的原因']);
    expect(issues(MarketInput.reviewProducer.safeParse({ id: 'p1', approve: false }))).toEqual(['note: 请填写不通过的原因']);
    for (const category of ['脱贫户', '低保户', '五保户', '残疾人', '特困', null]) {
      expect(MarketInput.markSupported.safeParse({ id: 'p1', category }).success).toBe(true);
    }
    expect(MarketInput.markSupported.safeParse({ id: 'p1', category: '困难户' }).success).toBe(false);
  });

  test('browse pages with the shared contract: limit ≤ 100, an opaque cursor', () => {
    expect(MarketInput.browse.parse({})).toEqual({ sort: 'newest', limit: 20 });
    expect(MarketInput.browse.safeParse({ limit: 101 }).success).toBe(false);
    expect(MarketInput.browse.safeParse({ cursor: '{"$gt":1}' }).success).toBe(false);
    expect(MarketInput.browse.safeParse({ q: '米'.repeat(21) }).success).toBe(false);
  });

  test('the media-check event: WeChat’s push shape only', () => {
    const event = { MsgType: 'event', Event: 'wxa_media_check', trace_id: 't1', version: 2, result: { suggest: 'risky', label: 20002 } };
    expect(MediaCheckEventSchema.safeParse(event).success).toBe(true);
    expect(MediaCheckEventSchema.safeParse({ ...event, Event: 'other' }).success).toBe(false);
    expect(MediaCheckEventSchema.safeParse({ ...event, result: { suggest: 'fine' } }).success).toBe(false);
  });
});

describe('market error codes', () => {
  test('every MARKET_* code is an error code with a Chinese message', () => {
    for (const [code, message] of Object.entries(MARKET_ERROR_MESSAGES)) {
      expect(code).toMatch(/^MARKET_[A-Z_]+$/);
      expect((ERROR_MESSAGES as Record<string, string>)[code]).toBe(message);
      expect(message).toMatch(/[\u4e00-\u9fa5]/);
    }
  });
});
