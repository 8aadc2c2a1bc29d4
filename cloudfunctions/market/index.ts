import { marketMain } from '../../src/server/market/router';

/** Cloud function `market`: the action table lives in src/server/market/router.ts. */
export const main = marketMain;
