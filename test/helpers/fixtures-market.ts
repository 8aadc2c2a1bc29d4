/** A market listing input for the tests of the listing schema, the market's actions and the bench (no database imports). */
import type { MarketInputOf } from '../../src/contracts/market.schema';

/** 南塘有机大米, 10 斤 at 4.50 元, picked up at 南塘村站; `photos`: cloud file ids. */
export const listingInput = (photos: string[], over: Partial<MarketInputOf<'createListing'>> = {}): MarketInputOf<'createListing'> => ({
  name: '南塘有机大米',
  description: '今年新收的稻谷现碾，自家田里种的，不打农药。',
  photos,
  category: '粮油',
  unit: '斤',
  priceFen: 450,
  stock: 10,
  originVillage: '南塘村',
  stationId: 'n-nantang',
  ...over,
});
