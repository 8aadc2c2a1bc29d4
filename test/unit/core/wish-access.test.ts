import type { WishStatus, WishViewAction } from '@/contracts/wish';
import {
  actorsOf,
  canActAsClaimer,
  canCancel,
  canClaim,
  canConfirm,
  canReview,
  canSubmitAsProxy,
  claimerKindOf,
  seesContact,
  viewerOf,
  wishActions,
  type Reader,
} from '@/core/wish-access';
import { DONGMEN as path, g, reader } from './readers';

const wish = { ownerId: 'owner', claimerId: 'claimer', stationPath: path };

const owner = reader('owner');
const claimer = reader('claimer', [g('volunteer', 'n-dongmen')]);
const volunteer = reader('vol', [g('volunteer', 'n-dongmen')]);
const unit = reader('unit', [g('unit', 'n-center')]);
const staff = reader('staff', [g('staff', 'n-chengguan')]);
const grid = reader('grid', [g('staff', 'n-dongmen', { proxy: true })]);
const staffElsewhere = reader('far', [g('staff', 'n-longxi', { proxy: true })]);
const admin = reader('admin', [g('admin', 'n-center')]);
const resident = reader('someone');

describe('viewerOf', () => {
  it.each([
    [owner, 'owner'],
    [claimer, 'claimer'],
    [staff, 'staff'],
    [grid, 'staff'],
    [admin, 'staff'],
    [staffElsewhere, 'public'],
    [volunteer, 'public'],
    [resident, 'public'],
    [null, 'public'],
    [reader('claimer', [g('volunteer', 'n-dongmen'), g('staff', 'n-dongmen')]), 'claimer'],
  ] as const)('%j is %s', (r, v) => expect(viewerOf(wish, r)).toBe(v));

  it('lets everyone but the public see the contact', () => {
    expect(seesContact('public')).toBe(false);
    for (const v of ['owner', 'claimer', 'staff'] as const) expect(seesContact(v)).toBe(true);
  });
});

describe('who may do what', () => {
  it('review: staff over the station only', () => {
    expect(canReview(wish, staff)).toBeNull();
    expect(canReview(wish, admin)).toBeNull();
    expect(canReview(wish, staffElsewhere)).toBe('OUT_OF_SCOPE');
    expect(canReview(wish, owner)).toBe('FORBIDDEN');
    expect(canReview(wish, volunteer)).toBe('FORBIDDEN');
  });

  it('claim: volunteers and units, never the owner', () => {
    expect(claimerKindOf(volunteer)).toBe('volunteer');
    expect(claimerKindOf(unit)).toBe('unit');
    expect(claimerKindOf(resident)).toBeNull();
    expect(claimerKindOf(staff)).toBeNull();
    expect(canClaim(wish, volunteer)).toBeNull();
    expect(canClaim(wish, unit)).toBeNull();
    expect(canClaim(wish, resident)).toBe('WISH_CLAIM_ROLE_REQUIRED');
    expect(canClaim({ ...wish, ownerId: 'vol' }, volunteer)).toBe('WISH_OWN_CLAIM');
  });

  it('release and fulfil: the current claimer only', () => {
    expect(canActAsClaimer(wish, claimer)).toBeNull();
    expect(canActAsClaimer(wish, volunteer)).toBe('WISH_NOT_CLAIMER');
    expect(canActAsClaimer({ ...wish, claimerId: undefined }, claimer)).toBe('WISH_NOT_CLAIMER');
  });

  it('confirm: the owner or staff in scope, never the claimer', () => {
    expect(canConfirm(wish, owner)).toBeNull();
    expect(canConfirm(wish, staff)).toBeNull();
    expect(canConfirm(wish, admin)).toBeNull();
    expect(canConfirm(wish, volunteer)).toBe('FORBIDDEN');
    expect(canConfirm(wish, staffElsewhere)).toBe('OUT_OF_SCOPE');
    expect(canConfirm(wish, claimer)).toBe('WISH_CONFIRM_OWN_CLAIM');
    const staffClaimer = reader('claimer', [g('staff', 'n-dongmen'), g('volunteer', 'n-dongmen')]);
    expect(canConfirm(wish, staffClaimer)).toBe('WISH_CONFIRM_OWN_CLAIM');
  });

  it('cancel: the owner only', () => {
    expect(canCancel(wish, owner)).toBeNull();
    expect(canCancel(wish, staff)).toBe('FORBIDDEN');
  });

  it('proxy: a grid worker for anyone, other staff only for a resident without a phone', () => {
    expect(canSubmitAsProxy(grid, path, true)).toBeNull();
    expect(canSubmitAsProxy(grid, path, false)).toBeNull();
    expect(canSubmitAsProxy(admin, path, true)).toBeNull();
    expect(canSubmitAsProxy(staff, path, false)).toBeNull();
    expect(canSubmitAsProxy(staff, path, true)).toBe('WISH_PROXY_RIGHT_REQUIRED');
    expect(canSubmitAsProxy(staffElsewhere, path, false)).toBe('OUT_OF_SCOPE');
    expect(canSubmitAsProxy(resident, path, false)).toBe('FORBIDDEN');
    expect(canSubmitAsProxy(volunteer, path, true)).toBe('FORBIDDEN');
  });
});

describe('actorsOf', () => {
  it.each([
    [owner, ['owner']],
    [claimer, ['claimer', 'claimant']],
    [volunteer, ['claimant']],
    [unit, ['claimant']],
    [staff, ['staff']],
    [admin, ['staff']],
    [staffElsewhere, []],
    [resident, []],
    [null, []],
    [reader('owner', [g('volunteer', 'n-dongmen')]), ['owner']],
  ] as const)('%j is %j to the wish', (r, actors) => expect(actorsOf(wish, r)).toEqual(actors));
});

describe('wishActions: what the view offers each reader', () => {
  const inState = (status: WishStatus, claimed = false) => ({
    ownerId: 'owner',
    stationPath: path,
    status,
    ...(claimed ? { claimerId: 'claimer' } : {}),
  });
  const staffClaimer = reader('claimer', [g('staff', 'n-dongmen'), g('volunteer', 'n-dongmen')]);
  const ownerStaff = reader('owner', [g('staff', 'n-dongmen', { proxy: true })]);
  const table: [WishStatus, boolean, Reader | null, WishViewAction[]][] = [
    ['pending_review', false, owner, ['cancel']],
    ['pending_review', false, staff, ['review']],
    ['pending_review', false, admin, ['review']],
    // A grid worker who recorded the wish for a resident owns it and is staff over it.
    ['pending_review', false, ownerStaff, ['cancel', 'review']],
    ['pending_review', false, volunteer, []],
    ['pending_review', false, staffElsewhere, []],
    ['open', false, owner, ['cancel']],
    ['open', false, volunteer, ['claim']],
    ['open', false, unit, ['claim']],
    ['open', false, resident, ['registerToClaim']],
    ['open', false, staffElsewhere, ['registerToClaim']],
    ['open', false, staff, []],
    ['open', false, null, []],
    ['claimed', true, claimer, ['fulfil', 'release']],
    ['claimed', true, staffClaimer, ['fulfil', 'release']],
    ['claimed', true, owner, []],
    ['claimed', true, staff, []],
    ['claimed', true, volunteer, []],
    ['fulfilled', true, owner, ['confirm']],
    ['fulfilled', true, staff, ['confirm']],
    ['fulfilled', true, claimer, []],
    ['fulfilled', true, staffClaimer, []],
    ['fulfilled', true, volunteer, []],
    ['confirmed', true, owner, []],
    ['confirmed', true, claimer, []],
    ['rejected', false, owner, ['resubmit']],
    ['cancelled', false, owner, ['resubmit']],
    ['expired', false, owner, ['resubmit']],
    ['rejected', false, staff, []],
  ];
  it.each(table)('%s (claimed: %s) for %j: %j', (status, claimed, r, actions) => {
    expect(wishActions(inState(status, claimed), r)).toEqual(actions);
  });
});
