import { MarketInput } from '../../contracts/market.schema';
import { defineAction } from '../router';
import { producersIn } from './producer-repo';
import { staffScopeFor } from './scope';
import { toProducerView } from './view';

/**
 * Producers registered in the caller's subtree (optionally one node of it, one status), oldest first:
 * staff review registrations, mark supported households and list on a villager's behalf from here.
 */
export const producers = defineAction({
  input: MarketInput.producers,
  async handle({ status, nodeId, cursor, limit }, ctx) {
    const me = await ctx.me();
    const scopes = await staffScopeFor(me, nodeId);
    const page = await producersIn(scopes, { status, nodeId }, { cursor, limit });
    return { items: page.items.map((p) => toProducerView(p, me)), next: page.next };
  },
});
