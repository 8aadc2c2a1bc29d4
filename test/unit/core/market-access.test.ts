import { photoKey } from '../../../src/core/market';
import {
  listingActions,
  listingActors,
  listingViewerOf,
  manageRefusal,
  producerActions,
  reviewRefusal,
} from '../../../src/core/market-access';
import { g, reader } from './readers';

const NANTANG = ['n-center', 'n-chengguan', 'n-nantang'];
const photo = 'cloud://e/a.png';
const listing = {
  status: 'pending_review' as const,
  producerUserId: 'u-producer',
  stationPath: NANTANG,
  stock: 10,
  soldCount: 0,
  photos: [photo],
  photoChecks: { [photoKey(photo)]: 'pass' as const },
};

const producer = reader('u-producer', [g('producer', 'n-nantang')]);
const otherProducer = reader('u-other', [g('producer', 'n-nantang')]);
const stationStaff = reader('u-st', [g('staff', 'n-nantang')]);
const instituteStaff = reader('u-inst', [g('staff', 'n-chengguan')]);
const farStaff = reader('u-far', [g('staff', 'n-longxi')]);
const admin = reader('u-admin', [g('admin', 'n-center')]);
const buyer = reader('u-buyer');

describe('who a reader is to a listing', () => {
  test('its producer, staff over its pickup station (or above), or a buyer', () => {
    expect(listingActors(listing, producer)).toEqual(['producer']);
    expect(listingActors(listing, stationStaff)).toEqual(['staff']);
    expect(listingActors(listing, instituteStaff)).toEqual(['staff']);
    expect(listingActors(listing, admin)).toEqual(['staff']);
    for (const r of [otherProducer, farStaff, buyer, null]) expect(listingActors(listing, r)).toEqual([]);
    expect(listingViewerOf([])).toBe('buyer');
    expect(listingViewerOf(['producer'])).toBe('producer');
    expect(listingViewerOf(['producer', 'staff'])).toBe('staff');
  });

  test('a listing staff recorded for a villager without an account has no producer actor', () => {
    const proxy = { ...listing, producerUserId: undefined };
    expect(listingActors(proxy, producer)).toEqual([]);
    expect(listingActors(proxy, stationStaff)).toEqual(['staff']);
  });

  test('refusals: another producer is told it is not theirs, staff elsewhere are out of scope', () => {
    // Each reader's answer from managing the listing, then from reviewing it (null: allowed).
    for (const [r, manage, review] of [
      [producer, null, 'FORBIDDEN'],
      [stationStaff, null, null],
      [instituteStaff, null, null],
      [admin, null, null],
      [otherProducer, 'MARKET_NOT_YOUR_LISTING', 'FORBIDDEN'],
      [buyer, 'MARKET_NOT_YOUR_LISTING', 'FORBIDDEN'],
      [farStaff, 'OUT_OF_SCOPE', 'OUT_OF_SCOPE'],
    ] as const) {
      expect(manageRefusal(listing, r)).toBe(manage);
      expect(reviewRefusal(listing, r)).toBe(review);
    }
  });
});

describe('the actions a listing view carries', () => {
  test('a pending listing: staff may approve or reject, the producer only edit or delete', () => {
    expect(listingActions(listing, ['staff'])).toEqual(['edit', 'approve', 'reject', 'delete']);
    expect(listingActions(listing, ['producer'])).toEqual(['edit', 'delete']);
    expect(listingActions(listing, [])).toEqual([]);
  });

  test('no approve while a photo waits for its check or was found risky', () => {
    expect(listingActions({ ...listing, photoChecks: {} }, ['staff'])).toEqual(['edit', 'reject', 'delete']);
    expect(listingActions({ ...listing, photoChecks: { [photoKey(photo)]: 'risky' } }, ['staff'])).toEqual(['edit', 'reject', 'delete']);
    expect(listingActions({ ...listing, photoChecks: { [photoKey(photo)]: 'timeout' } }, ['staff'])).toContain('approve');
  });

  test('on sale it may be taken off; off the shelf put on only with stock; sold never deleted', () => {
    expect(listingActions({ ...listing, status: 'on_sale' }, ['producer'])).toEqual(['edit', 'takeOff', 'delete']);
    expect(listingActions({ ...listing, status: 'off_shelf' }, ['producer'])).toEqual(['edit', 'putOn', 'delete']);
    expect(listingActions({ ...listing, status: 'off_shelf', stock: 0 }, ['producer'])).toEqual(['edit', 'delete']);
    expect(listingActions({ ...listing, status: 'sold_out', soldCount: 3 }, ['staff'])).toEqual(['edit', 'takeOff']);
    expect(listingActions({ ...listing, status: 'rejected' }, ['producer'])).toEqual(['edit', 'delete']);
  });
});

describe('the actions a producer view carries', () => {
  const pending = { status: 'pending' as const, stationPath: NANTANG };
  test('staff over the station review a pending registration and manage an approved producer', () => {
    expect(producerActions(pending, stationStaff)).toEqual(['approve', 'reject']);
    expect(producerActions({ ...pending, status: 'approved' }, instituteStaff)).toEqual(['markSupported', 'createListing']);
    expect(producerActions({ ...pending, status: 'rejected' }, admin)).toEqual([]);
  });
  test('nobody else', () => {
    for (const r of [producer, farStaff, buyer, null]) expect(producerActions(pending, r)).toEqual([]);
  });
});
