import type { DonationAction } from '../../contracts/donation';
import type { LedgerAction } from '../../contracts/ledger';
import type { MarketAction } from '../../contracts/market';
import type { OrderAction } from '../../contracts/order';
import { createRouter, type Action } from '../router';
import { confirmDonation } from '../donation/confirm-donation';
import { handovers } from '../donation/handovers';
import { myDonations } from '../donation/my-donations';
import { recordHandover } from '../donation/record-handover';
import { registerDonation } from '../donation/register-donation';
import { stationDonations } from '../donation/station-donations';
import { exportLedger } from '../ledger/export-ledger';
import { myIncome } from '../ledger/my-income';
import { stationLedger } from '../ledger/station-ledger';
import { cancelOrder } from '../order/cancel-order';
import { markReady } from '../order/mark-ready';
import { mySales } from '../order/my-sales';
import { myOrders } from '../order/my-orders';
import { orderDetail } from '../order/order-detail';
import { pay } from '../order/pay';
import { paymentIssues, resolvePaymentIssue } from '../order/payment-issues';
import { placeOrder } from '../order/place-order';
import { refundOrder } from '../order/refund-order';
import { stationOrders } from '../order/station-orders';
import { verifyPickup } from '../order/verify-pickup';
import { buyerPickups } from '../order/buyer-pickups';
import { handOverByCode } from '../order/hand-over-by-code';
import { browse } from './browse';
import { createListing } from './create-listing';
import { deleteListing } from './delete-listing';
import { detail } from './detail';
import { editListing } from './edit-listing';
import { markSupported } from './mark-supported';
import { wxaMediaCheck } from './media-verdict';
import { myListings } from './my-listings';
import { myProducer } from './my-producer';
import { producers } from './producers';
import { putOn } from './put-on';
import { registerProducer } from './register-producer';
import { reviewListing } from './review-listing';
import { reviewProducer } from './review-producer';
import { reviewQueue } from './review-queue';
import { takeOff } from './take-off';

const route = createRouter('market', {
  registerProducer,
  myProducer,
  producers,
  reviewProducer,
  markSupported,
  createListing,
  editListing,
  takeOff,
  putOn,
  deleteListing,
  reviewListing,
  reviewQueue,
  browse,
  detail,
  myListings,
  wxaMediaCheck,
  placeOrder,
  pay,
  cancelOrder,
  myOrders,
  orderDetail,
  stationOrders,
  markReady,
  verifyPickup,
  buyerPickups,
  handOverByCode,
  refundOrder,
  mySales,
  paymentIssues,
  resolvePaymentIssue,
  stationLedger,
  exportLedger,
  myIncome,
  registerDonation,
  confirmDonation,
  stationDonations,
  myDonations,
  recordHandover,
  handovers,
} satisfies Record<MarketAction | OrderAction | LedgerAction | DonationAction | 'wxaMediaCheck', Action<any, any>>);

/** The push WeChat sends for an image check: `{ MsgType: 'event', Event: 'wxa_media_check', … }`, no `action`. */
const isMediaCheckPush = (e: unknown): e is Record<string, unknown> =>
  !!e &&
  typeof e === 'object' &&
  (e as { MsgType?: unknown }).MsgType === 'event' &&
  (e as { Event?: unknown }).Event === 'wxa_media_check' &&
  !('action' in e);

/**
 * Cloud function `market`: the app's calls name an action; WeChat's message push (configured to this
 * function for `wxa_media_check`) is the whole event, handed to the system action `wxaMediaCheck` as its
 * input — which refuses any call that carries a user.
 */
export async function marketMain(event: unknown) {
  return route(isMediaCheckPush(event) ? { action: 'wxaMediaCheck', data: event } : event);
}
