import Taro from '@tarojs/taro';
import { MARKET_ROUTES } from '@/contracts/routes';
import type { ListingStatus, MarketAction, MarketOutput } from '@/contracts/market';
import type { MarketInputOf } from '@/contracts/market.schema';
import { apiOf } from './actions';

/**
 * Typed wrappers over the `market` cloud function. Types only from contracts (the schemas' types are
 * erased): the 集市 tab is in the main package, which carries no zod.
 */
export const marketApi = apiOf<{ [A in MarketAction]: MarketInputOf<A> }, MarketOutput>('market');

/** The market pages (the route table of contracts/routes). */
export { MARKET_ROUTES };

export function openListing(id: string): void {
  void Taro.navigateTo({ url: `${MARKET_ROUTES.listing}?id=${encodeURIComponent(id)}` });
}

/** The listing form: a new listing (for `producerId` at `stationId` when staff list on a villager's behalf) or an edit of `id`. */
export function openListingForm(opts: { id?: string; producerId?: string; stationId?: string } = {}): void {
  const q = Object.entries(opts)
    .filter(([, v]) => v)
    .map(([k, v]) => `${k}=${encodeURIComponent(v as string)}`)
    .join('&');
  void Taro.navigateTo({ url: `${MARKET_ROUTES.form}${q ? `?${q}` : ''}` });
}

export function openMarketPage(page: 'mine' | 'producer' | 'review'): void {
  void Taro.navigateTo({ url: MARKET_ROUTES[page] });
}

export const LISTING_STATUS_TONE: Record<ListingStatus, 'neutral' | 'primary' | 'success' | 'warning' | 'danger'> = {
  pending_review: 'warning',
  on_sale: 'success',
  off_shelf: 'neutral',
  sold_out: 'neutral',
  rejected: 'danger',
};
