import { resetTaro } from '../../helpers/taro-jsdom/taro';
import type { ListingView } from '@/contracts/market';
import { cartCount } from '@/services/cart-badge';
import { addToCart, readCarts, removeFromCart, setCartQty, stationCart } from '@/services/order';

const listing = (id: string, stationId: string, buyMax: number | undefined): ListingView =>
  ({
    id,
    name: `米${id}`,
    photo: '',
    priceFen: 350,
    pointsPrice: 35,
    unit: '斤',
    stationId,
    stationName: `站${stationId}`,
    buyMax,
  }) as ListingView;

beforeEach(() => resetTaro());

describe('the cart on the device (one per pickup station)', () => {
  it('keeps each station’s lines apart, adds to a line up to its buyMax, and the tab badge counts lines', () => {
    expect(addToCart(listing('a', 's1', 3), 1)).toBe(1);
    expect(addToCart(listing('a', 's1', 3), 5)).toBe(3);
    addToCart(listing('b', 's1', 10), 2);
    addToCart(listing('c', 's2', 10), 1);
    expect(stationCart('s1')?.lines.map((l) => [l.listingId, l.qty])).toEqual([
      ['a', 3],
      ['b', 2],
    ]);
    expect(stationCart('s2')?.lines.map((l) => l.listingId)).toEqual(['c']);
    expect(cartCount()).toBe(3);
  });

  it('changes a quantity, and lets ordered or removed lines go (an empty station cart disappears)', () => {
    addToCart(listing('a', 's1', 9), 1);
    addToCart(listing('c', 's2', 9), 1);
    setCartQty('s1', 'a', 4);
    expect(stationCart('s1')?.lines[0].qty).toBe(4);
    removeFromCart('s2', ['c']);
    expect(readCarts().map((c) => c.stationId)).toEqual(['s1']);
    expect(cartCount()).toBe(1);
  });

  it('adds nothing of a listing that cannot be bought (no buyMax)', () => {
    expect(addToCart(listing('x', 's1', undefined), 1)).toBe(0);
    expect(readCarts()).toEqual([]);
    expect(cartCount()).toBe(0);
  });
});
