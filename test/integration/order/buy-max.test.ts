/**
 * The listing view says how much one order may take (`buyMax`), so the listing page shows 立即购买 /
 * 加入购物车 and the steppers stop where placeOrder would refuse: the stock, the producer's per-buyer limit,
 * ORDER_RULES.qtyMax; nothing when the listing is not on sale or has no stock.
 */
import { ORDER_RULES } from '@/contracts/order';
import { useLocalCloud, type Caller } from '../../helpers/local-cloud';
import { buyers, saleListing } from './fixtures';

jest.setTimeout(120_000);
const cloud = useLocalCloud();
let buyer: Caller;
beforeAll(async () => {
  await buyers(['op-buymax-1']);
  buyer = await cloud.as('op-buymax-1');
});

const buyMaxOf = async (id: string) => (await buyer.ok('market', 'detail', { id })).buyMax as number | undefined;

describe('market.detail buyMax', () => {
  it('is the stock, the per-buyer limit or the order cap, whichever is least', async () => {
    expect(await buyMaxOf((await saleListing({ stock: 7 }))._id)).toBe(7);
    expect(await buyMaxOf((await saleListing({ stock: 50, perBuyerLimit: 3 }))._id)).toBe(3);
    expect(await buyMaxOf((await saleListing({ stock: 5_000 }))._id)).toBe(ORDER_RULES.qtyMax);
  });

  it('is absent when the listing cannot be bought (sold out, or seen by its producer while off the shelf)', async () => {
    const soldOut = await saleListing({ status: 'sold_out', stock: 0 });
    expect(await buyMaxOf(soldOut._id)).toBeUndefined();
    const off = await saleListing({ status: 'off_shelf' });
    const producer = await cloud.as('demo-producer');
    expect(await producer.ok('market', 'detail', { id: off._id })).not.toHaveProperty('buyMax');
  });

  it('shrinks as an order holds the stock', async () => {
    const rice = await saleListing({ stock: 4 });
    await buyer.ok('market', 'placeOrder', { stationId: 'n-nantang', lines: [{ listingId: rice._id, qty: 3 }], pay: 'wechat' });
    expect(await buyMaxOf(rice._id)).toBe(1);
  });
});
