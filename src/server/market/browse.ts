import type { ListingSort } from '../../contracts/market';
import { MarketInput } from '../../contracts/market.schema';
import type { Order } from '../shared/paging';
import { defineAction } from '../router';
import { browsePage, NEWEST, PRICE_ASC, PRICE_DESC } from './repo';
import { toCard } from './view';

const ORDERS: Record<ListingSort, Order> = { newest: NEWEST, priceAsc: PRICE_ASC, priceDesc: PRICE_DESC };

/**
 * The 集市: listings on sale at a station, a 所 or the whole county (`nodeId`; the page offers the buyer's
 * own three), by category, only 帮扶 products, by name; newest or by price; paged. ONE read — the caller is
 * not even looked up. Cards carry what a buyer may read and nothing else.
 */
export const browse = defineAction({
  input: MarketInput.browse,
  async handle({ nodeId, category, supported, q, sort, cursor, limit }) {
    const page = await browsePage({ nodeId, category, supported, q }, ORDERS[sort], { cursor, limit });
    return { items: page.items.map(toCard), next: page.next };
  },
});
