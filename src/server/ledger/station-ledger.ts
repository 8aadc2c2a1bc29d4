import { LedgerInput } from '../../contracts/ledger.schema';
import { defineAction } from '../router';
import { buildLedger } from './build';

/** A station's (or a 所's, the county's) monthly 台账: staff over the node. See ./build.ts for what it costs. */
export const stationLedger = defineAction({
  input: LedgerInput.stationLedger,
  handle: async ({ nodeId, month }, ctx) => (await buildLedger(ctx, nodeId, month)).view,
});
