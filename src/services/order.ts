import Taro from '@tarojs/taro';
import { yuan, type ListingView } from '@/contracts/market';
import type { OrderInputs, OrderOutput, OrderState } from '@/contracts/order';
import { ORDER_ROUTES } from '@/contracts/routes';
import { apiOf } from './actions';
import { withQuery } from './nav';
import { CART_COUNT_KEY } from './cart-badge';

export { ORDER_ROUTES };

/**
 * Typed wrappers over the order actions of the `market` function (docs/orders.md). Types only from
 * contracts; imported by the order subpackage's pages only (the tab pages read services/cart-badge).
 */
export const orderApi = apiOf<OrderInputs, OrderOutput>('market');

export function openOrderPage(page: keyof typeof ORDER_ROUTES, params: Record<string, string | undefined> = {}): void {
  void Taro.navigateTo({ url: withQuery(ORDER_ROUTES[page], params) });
}

/** After paying (or placing): the order's page in place of checkout, so 返回 does not order twice. */
export function replaceWithOrder(id: string, note?: string): void {
  void Taro.redirectTo({ url: withQuery(ORDER_ROUTES.detail, { id, note }) });
}

export const ORDER_STATE_TONE: Record<OrderState, 'neutral' | 'primary' | 'success' | 'warning' | 'danger'> = {
  reserving: 'neutral',
  pending_payment: 'warning',
  paid: 'primary',
  ready: 'success',
  completed: 'neutral',
  cancelled: 'neutral',
  refunding: 'warning',
  refunded: 'neutral',
};

/** ¥12.50 from integer fen. */
export function money(fen: number): string {
  return `${fen < 0 ? '-' : ''}¥${yuan(Math.abs(fen))}`;
}

/** 2026-12-01 09:05 in the phone's time. */
export function formatTime(ms: number): string {
  const d = new Date(ms);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

// ---- The cart: on this device, one cart per pickup station (an order takes one station's lines) ----

/** What a line keeps of its listing when it was added (the checkout reads the listing again). */
export type CartLine = {
  listingId: string;
  name: string;
  photo: string;
  unit: string;
  priceFen: number;
  pointsPrice?: number;
  qty: number;
  /** The listing's buyMax when added: the stepper's top until the checkout reads it again. */
  max: number;
};
export type StationCart = { stationId: string; stationName: string; lines: CartLine[] };
type Carts = Record<string, StationCart>;

const CART_KEY = 'order-carts';

export function readCarts(): StationCart[] {
  try {
    const raw = Taro.getStorageSync(CART_KEY) as Carts | '';
    return raw && typeof raw === 'object' ? Object.values(raw).filter((c) => c.lines?.length) : [];
  } catch {
    return [];
  }
}

function writeCarts(carts: StationCart[]): void {
  const kept = carts.filter((c) => c.lines.length);
  Taro.setStorageSync(CART_KEY, Object.fromEntries(kept.map((c) => [c.stationId, c])));
  Taro.setStorageSync(
    CART_COUNT_KEY,
    kept.reduce((n, c) => n + c.lines.length, 0),
  );
}

export function stationCart(stationId: string): StationCart | undefined {
  return readCarts().find((c) => c.stationId === stationId);
}

/** Adds `qty` of a listing to its pickup station's cart (capped by its buyMax); answers the line's quantity. */
export function addToCart(l: ListingView, qty: number): number {
  const max = l.buyMax ?? 0;
  if (max < 1) return 0;
  const carts = readCarts();
  let cart = carts.find((c) => c.stationId === l.stationId);
  if (!cart) {
    cart = { stationId: l.stationId, stationName: l.stationName, lines: [] };
    carts.push(cart);
  }
  const line = cart.lines.find((x) => x.listingId === l.id);
  const next = Math.min(max, (line?.qty ?? 0) + qty);
  const fresh: CartLine = {
    listingId: l.id,
    name: l.name,
    photo: l.photo,
    unit: l.unit,
    priceFen: l.priceFen,
    ...(l.pointsPrice !== undefined ? { pointsPrice: l.pointsPrice } : {}),
    qty: next,
    max,
  };
  cart.lines = line ? cart.lines.map((x) => (x.listingId === l.id ? fresh : x)) : [...cart.lines, fresh];
  writeCarts(carts);
  return next;
}

export function setCartQty(stationId: string, listingId: string, qty: number): void {
  writeCarts(
    readCarts().map((c) =>
      c.stationId === stationId ? { ...c, lines: c.lines.map((l) => (l.listingId === listingId ? { ...l, qty } : l)) } : c,
    ),
  );
}

/** Takes lines out of a station's cart (removed by the buyer, or ordered). */
export function removeFromCart(stationId: string, listingIds: readonly string[]): void {
  writeCarts(
    readCarts().map((c) => (c.stationId === stationId ? { ...c, lines: c.lines.filter((l) => !listingIds.includes(l.listingId)) } : c)),
  );
}
