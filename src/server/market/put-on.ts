import { MarketInput } from '../../contracts/market.schema';
import { defineAction } from '../router';
import { shelve } from './shelf';

/** Back on the shelf: only a listing taken off, with stock, and no photo found risky. */
export const putOn = defineAction({
  input: MarketInput.putOn,
  write: true,
  handle: ({ id }, ctx) => shelve(ctx, id, 'putOn', 'MARKET_NOT_OFF_SHELF'),
});
