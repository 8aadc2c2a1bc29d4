import { adminMain } from '../../src/server/admin/router';

/** Cloud function `admin` (the staff and admin workbench): the action table lives in src/server/admin/router.ts. */
export const main = adminMain;
