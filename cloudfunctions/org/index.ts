import { orgMain } from '../../src/server/org/router';

/** Cloud function `org`: the action table lives in src/server/org/router.ts. */
export const main = orgMain;
