import { MarketInput } from '../../contracts/market.schema';
import { defineAction } from '../router';
import { shelve } from './shelf';

/** Off the shelf: an on-sale (or sold-out) listing stops showing in the 集市 until it is put back. */
export const takeOff = defineAction({
  input: MarketInput.takeOff,
  write: true,
  handle: ({ id }, ctx) => shelve(ctx, id, 'takeOff', 'MARKET_NOT_ON_SALE'),
});
