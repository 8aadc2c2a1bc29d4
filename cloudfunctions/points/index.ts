import { pointsMain } from '../../src/server/points/router';

/** Cloud function `points`: the action table lives in src/server/points/router.ts. */
export const main = pointsMain;
