import { MarketInput } from '../../contracts/market.schema';
import { defineAction } from '../router';
import { findProducer, ownProducerId } from './producer-repo';
import { toProducerView } from './view';

/** The caller's own producer registration (its status, the review's note), or null. One read. */
export const myProducer = defineAction({
  input: MarketInput.myProducer,
  async handle(_input, ctx) {
    const producer = await findProducer(ownProducerId(ctx.userId));
    // The villager is no staff of their own registration: their view never holds the support category.
    return producer ? toProducerView(producer, { _id: ctx.userId, roles: [] }) : null;
  },
});
