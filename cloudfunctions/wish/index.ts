import { wishMain } from '../../src/server/wish/router';

/** Cloud function `wish`: the action table lives in src/server/wish/router.ts. */
export const main = wishMain;
