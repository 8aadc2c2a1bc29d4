import { inboxMain } from '../../src/server/inbox/router';

/** Cloud function `inbox`: the action table lives in src/server/inbox/router.ts. */
export const main = inboxMain;
