/**
 * The donation zone 爱心物资捐赠区: goods a unit or a resident donates at a station, received by the
 * station's staff, and each handover to a supported household, never more than was donated. Actions of the
 * function `market`. Zod-free: schemas in ./donation.schema.ts, error codes in ./donation-errors.ts.
 */
import { choices } from './choices';
import type { AtStation } from './org';
import type { Page, PageRequest } from './paging';

export type DonationAction = keyof DonationInputs;

/** `pending` until staff of the station confirm they received it (or turn it down); staff's own entries are received at once. */
export const [DONATION_STATES, DONATION_STATE_LABELS] = choices({ pending: '待确认', received: '已入库', declined: '未接收' });
export type DonationState = (typeof DONATION_STATES)[number];

export const [DONOR_KINDS, DONOR_KIND_LABELS] = choices({ unit: '爱心单位', resident: '居民' });
export type DonorKind = (typeof DONOR_KINDS)[number];

/** Units goods are counted in (our list: what stations hand out). */
export const DONATION_UNITS = ['件', '袋', '箱', '斤', '公斤', '桶', '瓶', '盒', '套', '床', '份', '个'] as const;
export type DonationUnit = (typeof DONATION_UNITS)[number];

/** Our numbers (each says why). */
export const DONATION_RULES = {
  itemMax: 30,
  /** A donation is counted in whole units; a truckload is split into several entries. */
  qtyMax: 99_999,
  nameMax: 30,
  noteMax: 200,
} as const;

export type DonationInputs = {
  /** Anyone logged in at a station; staff over it register on a donor's behalf (received at once). */
  registerDonation: {
    stationId: string;
    item: string;
    qty: number;
    unit: DonationUnit;
    donorKind: DonorKind;
    donorName: string;
    donorPhone?: string;
    note?: string;
  };
  /** Staff over the station: received (`accept: true`) or turned down. */
  confirmDonation: { donationId: string; accept: boolean; note?: string };
  /** Staff over the node: its donations, newest first. */
  stationDonations: { nodeId: string; state?: DonationState } & PageRequest;
  /** What the caller registered, newest first. */
  myDonations: PageRequest;
  /** Staff over the donation's station: a handover to a supported household, at most what remains. */
  recordHandover: {
    donationId: string;
    qty: number;
    recipientName: string;
    recipientPhone?: string;
    /** When it was handed over (absent: now); not in the future. */
    handedAt?: number;
    note?: string;
  };
  /** A donation's handovers: staff in scope see the households; the donor sees them masked. */
  handovers: { donationId: string } & PageRequest;
};

export type DonationViewAction = 'confirm' | 'handover';

export type DonationView = AtStation & {
  id: string;
  state: DonationState;
  item: string;
  qty: number;
  unit: DonationUnit;
  /** Handed over so far, and what remains (qty − handedOver). */
  handedOver: number;
  remaining: number;
  donorKind: DonorKind;
  donorName: string;
  /** Always masked (138****1234). */
  donorPhone?: string;
  note?: string;
  createdAt: number;
  receivedAt?: number;
  declinedNote?: string;
  /** What this viewer may do now. */
  actions: DonationViewAction[];
};

export type HandoverView = {
  id: string;
  donationId: string;
  item: string;
  unit: DonationUnit;
  qty: number;
  /** Staff over the station: the household's name and phone; anyone else: masked (张**, 138****1234). */
  recipientName: string;
  recipientPhone?: string;
  handedAt: number;
  note?: string;
  masked: boolean;
};

export type DonationOutput = {
  registerDonation: DonationView;
  confirmDonation: DonationView;
  stationDonations: Page<DonationView>;
  myDonations: Page<DonationView>;
  recordHandover: { donation: DonationView; handover: HandoverView };
  handovers: Page<HandoverView>;
};
