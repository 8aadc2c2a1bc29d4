import { userMain } from '../../src/server/user/router';

/** Cloud function `user`: the action table lives in src/server/user/router.ts. */
export const main = userMain;
