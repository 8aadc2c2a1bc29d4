import { eventMain } from '../../src/server/event/router';

/** Cloud function `event`: the action table lives in src/server/event/router.ts. */
export const main = eventMain;
