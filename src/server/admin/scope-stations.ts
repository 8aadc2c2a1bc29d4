import type { AdminOutput } from '../../contracts/admin';
import { AdminInput } from '../../contracts/admin.schema';
import { staffScopes } from '../../core/access';
import { defineAction } from '../router';
import { toNodeView } from '../org/view';
import { requireStaff } from './guards';
import { stationsUnder } from './nodes-repo';

/**
 * The stations the caller acts on as staff (their own, or every station under their 所; a center admin's:
 * the county's first 100), by name: what the proxy form offers, instead of every station in the county.
 * One read.
 */
export const scopeStations = defineAction({
  input: AdminInput.scopeStations,
  authorize: requireStaff,
  async handle(_input, ctx): Promise<AdminOutput['scopeStations']> {
    const found = await stationsUnder(staffScopes(await ctx.me()));
    return { items: found.map(toNodeView) };
  },
});
