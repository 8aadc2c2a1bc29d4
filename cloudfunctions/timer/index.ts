import { timerMain } from '../../src/server/timer/router';

/** Cloud function `timer`: cron triggers only (config.json); the action table lives in src/server/timer/router.ts. */
export const main = timerMain;
