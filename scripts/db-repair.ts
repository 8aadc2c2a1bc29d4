import { parseArgs } from 'node:util';
import { describeRepair, repairStore } from '../emulator/store/repair';

/**
 * `npm run db:repair -- --data DIR`: repairs the local CloudBase's files after the emulator refused to start
 * on a damaged journal or snapshot. DIR is the emulator's data folder or the app's (`.data/`, holding
 * `cloudbase/`). Keeps every intact line, drops only the damaged bytes, keeps a backup of each rewritten
 * file and prints what it dropped. Exit 0 when repaired or intact, 1 on an error, 2 on bad usage.
 * Run it only while nothing uses the folder (it refuses while the folder's LOCK names a live process).
 */
function main(): number {
  let values: { data?: string };
  try {
    ({ values } = parseArgs({ options: { data: { type: 'string' } } }));
  } catch (e) {
    console.error((e as Error).message);
    values = {};
  }
  if (!values.data) {
    console.error('usage: npm run db:repair -- --data DIR   (DIR = the emulator data folder, or the app data folder holding cloudbase/)');
    return 2;
  }
  try {
    console.log(describeRepair(repairStore(values.data)));
    return 0;
  } catch (e) {
    console.error(`db:repair failed: ${(e as Error).message}`);
    return 1;
  }
}

process.exitCode = main();
