/**
 * The donation zone's repository: the only code that speaks to `donations` and `donation_handovers`. A
 * donation's `remaining` is the counter every handover takes from, by one conditional write
 * (`remaining >= qty`), so handovers at once never hand out more than was donated.
 */
import { COLLECTIONS } from '../../contracts/collections';
import type { DonationState, DonationUnit, DonorKind } from '../../contracts/donation';
import type { Page } from '../../contracts/paging';
import { DONATION_MACHINE, type DonationEvent } from '../../core/donation';
import { db } from '../cloud';
import { byId, keysetRead, updateIf, command as _ } from '../shared/docs';
import { orderBy, type PageRequest } from '../shared/paging';
import { transitionOn } from '../shared/transition';

export type DonationDoc = {
  _id: string;
  state: DonationState;
  stationId: string;
  stationName: string;
  stationPath: string[];
  item: string;
  qty: number;
  unit: DonationUnit;
  remaining: number;
  handedOver: number;
  donorKind: DonorKind;
  donorName: string;
  donorPhone?: string;
  note?: string;
  /** Who registered it (a donor's account, or the staff member who entered it for them). */
  registeredBy: string;
  byStaff: boolean;
  createdAt: number;
  receivedAt?: number;
  receivedBy?: string;
  /** Month received (yyyy-MM, China time): the 台账's bucket. */
  receivedMonth?: string;
  declinedAt?: number;
  declinedNote?: string;
  updatedAt: number;
};

export type HandoverDoc = {
  _id: string;
  donationId: string;
  stationId: string;
  stationPath: string[];
  item: string;
  unit: DonationUnit;
  qty: number;
  recipientName: string;
  recipientPhone?: string;
  /** name|phone: a household counted once in the 台账. */
  recipientKey: string;
  handedAt: number;
  /** Month handed over (China time). */
  month: string;
  note?: string;
  recordedBy: string;
  createdAt: number;
};

const donations = () => db().collection(COLLECTIONS.donations);

export async function insertDonation(doc: DonationDoc): Promise<void> {
  await donations().add({ data: doc });
}

export const findDonation = (id: string) => byId<DonationDoc>(COLLECTIONS.donations, id);

/** Fires `event` in one conditional write from the machine's from-states: true for the one caller it changed. */
const fire = transitionOn(COLLECTIONS.donations, 'state', DONATION_MACHINE);
export const transitionDonation = (id: string, event: DonationEvent, patch: object): Promise<boolean> => fire(id, event, {}, patch);

/**
 * Takes `qty` from what remains, in one conditional write that holds only while at least `qty` remains:
 * of N staff handing over at once, only as many win as the remaining quantity covers.
 */
export function takeRemaining(id: string, qty: number, now: number): Promise<boolean> {
  return updateIf(
    COLLECTIONS.donations,
    { _id: id, state: 'received', remaining: _().gte(qty) },
    { remaining: _().inc(-qty), handedOver: _().inc(qty), updatedAt: now },
  );
}

/** Gives back a take whose handover record could not be written. */
export function giveBack(id: string, qty: number, now: number): Promise<boolean> {
  return updateIf(COLLECTIONS.donations, { _id: id }, { remaining: _().inc(qty), handedOver: _().inc(-qty), updatedAt: now });
}

export async function insertHandover(doc: HandoverDoc): Promise<void> {
  await db().collection(COLLECTIONS.donationHandovers).add({ data: doc });
}

const NEWEST = orderBy('createdAt', 'desc');

export function stationPage(nodeId: string, state: DonationState | undefined, page: PageRequest): Promise<Page<DonationDoc>> {
  return keysetRead<DonationDoc>(COLLECTIONS.donations, { stationPath: nodeId, ...(state ? { state } : {}) }, NEWEST, page);
}

export function registeredPage(userId: string, page: PageRequest): Promise<Page<DonationDoc>> {
  return keysetRead<DonationDoc>(COLLECTIONS.donations, { registeredBy: userId }, NEWEST, page);
}

const HANDED = orderBy('handedAt', 'desc');

export function handoverPage(donationId: string, page: PageRequest): Promise<Page<HandoverDoc>> {
  return keysetRead<HandoverDoc>(COLLECTIONS.donationHandovers, { donationId }, HANDED, page);
}
