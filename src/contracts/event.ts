/**
 * Volunteer events 活动招募 (function `event`), the sign-up half: publishing, browsing, signing up under a
 * rush, the FIFO waitlist and cancelling. This half is zod-free — names, limits, types of views — for pages;
 * the schemas functions parse with are in ./event.schema.ts.
 */
import type { GeoPoint } from './geo';
import type { AtStation } from './org';
import type { Page, PageRequest } from './paging';
import type { Intensity } from './settings';

export type EventAction = keyof EventInputs;

/** The categories of docs/product.md, in its order. */
export const EVENT_CATEGORIES = [
  '政策宣讲',
  '思想政治',
  '法律服务',
  '惠农助农',
  '文化体育',
  '教育服务',
  '科学普及',
  '卫生健康',
  '爱心捐赠',
  '文明引导',
] as const;
export type EventCategory = (typeof EVENT_CATEGORIES)[number];

/** An event is published until its organisers cancel it; upcoming / ongoing / past follow from its times. */
export const EVENT_STATUSES = ['published', 'cancelled'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export const SLOT_STATUSES = ['open', 'cancelled'] as const;
export type SlotStatus = (typeof SLOT_STATUSES)[number];

/**
 * One volunteer's place on one slot: a seat (`confirmed`) or a place in the FIFO waitlist (`waiting`);
 * it ends `cancelled` by the volunteer, `removed` by an organiser, or `dropped` when the slot or the
 * event is cancelled.
 */
export const SIGNUP_STATUSES = ['confirmed', 'waiting', 'cancelled', 'removed', 'dropped'] as const;
export type SignUpStatus = (typeof SIGNUP_STATUSES)[number];

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** The numbers of docs/product.md; those that are our own choice say so. */
export const EVENT_LIMITS = {
  /** Our choice, as for wishes. */
  title: 30,
  description: 1_000,
  address: 100,
  reason: 200,
  slotsMin: 1,
  slotsMax: 20,
  capacityMin: 1,
  capacityMax: 10_000,
  checkInRadiusDefaultM: 500,
  /** Our choice: from a courtyard to a village. */
  checkInRadiusMinM: 50,
  checkInRadiusMaxM: 5_000,
  pointsPerHourDefault: 10,
  /** Our choice: a typo cannot mint a fortune. */
  pointsPerHourMax: 100,
  /**
   * Our choice: slot times fall on a quarter hour and a slot lies within one day (China time), so a
   * volunteer's places can be checked per day (core/event).
   */
  slotGridMs: 15 * MINUTE,
  /** Cancelling a seat is allowed until this long before its slot starts. */
  cancelBeforeMs: 2 * HOUR,
  /** The reminder goes out this long before a slot starts. */
  reminderBeforeMs: 24 * HOUR,
  /** Our choice: sign-ups can open at most this far ahead of the last slot. */
  aheadMaxMs: 366 * 24 * HOUR,
  pageDefault: 20,
} as const;

/**
 * What a viewer may do with an event now (EventView.eventActions), from the machines and the access rules:
 * `edit` changes anything (sign-up has not opened and nobody holds a place), `editLimited` only the
 * description, the address and more seats.
 */
export type EventViewAction = 'edit' | 'editLimited' | 'cancel' | 'roster';

/**
 * What a viewer may do with one slot now (SlotView.actions). `signUp` takes a seat, `joinWaitlist` a place
 * in the waitlist (both are the `signUp` action); `registerToSignUp` is offered to someone who could sign
 * up once registered as a volunteer.
 */
export const SLOT_VIEW_ACTIONS = ['signUp', 'joinWaitlist', 'cancelSignUp', 'leaveWaitlist', 'registerToSignUp', 'cancelSlot'] as const;
export type SlotViewAction = (typeof SLOT_VIEW_ACTIONS)[number];

/** When sign-up stands for a slot: before its window, inside it, or over (window closed, slot started). */
export type SignUpPhase = 'notOpen' | 'open' | 'closed';

export const EVENT_LIST_WHEN = ['upcoming', 'today', 'past'] as const;
export type EventListWhen = (typeof EVENT_LIST_WHEN)[number];
export const EVENT_LIST_SORTS = ['soonest', 'newest', 'nearest'] as const;
export type EventListSort = (typeof EVENT_LIST_SORTS)[number];

type SlotInput = { start: number; end: number; capacity: number };
type EventFields = {
  title: string;
  category: EventCategory;
  description: string;
  address: string;
  location: GeoPoint;
  checkInRadiusM?: number;
  signUpOpensAt: number;
  signUpClosesAt: number;
  pointsPerHour?: number;
  /** 劳动强度 (轻松 / 一般 / 繁重): a factor on the points its hours earn (center settings); 'normal' when left out. */
  intensity?: Intensity;
  slots: SlotInput[];
};

/** What each action takes, as pages send it (./event.schema.ts parses exactly this). */
export type EventInputs = {
  publish: EventFields & { stationId: string; teamId?: string };
  edit: Partial<EventFields> & { id: string; capacities?: { slotId: string; capacity: number }[] };
  cancel: { id: string; reason: string };
  cancelSlot: { id: string; slotId: string; reason: string };
  list: {
    nodeId?: string;
    category?: EventCategory;
    when?: EventListWhen;
    from?: number;
    to?: number;
    sort?: EventListSort;
    lat?: number;
    lng?: number;
  } & PageRequest;
  managed: { when?: EventListWhen } & PageRequest;
  detail: { id: string };
  signUp: { eventId: string; slotId: string };
  cancelSignUp: { signUpId: string };
  mySignUps: { when?: 'upcoming' | 'past' } & PageRequest;
  roster: { eventId: string; slotId: string; list?: 'confirmed' | 'waiting' } & PageRequest;
  removeSignUp: { signUpId: string; reason: string };
};
export type EventInputOf<A extends EventAction> = EventInputs[A];

/** The viewer's own place on a slot, as far as they may see it. */
export type MyPlace = {
  signUpId: string;
  status: 'confirmed' | 'waiting';
  /** Waiting: 1 for the first in line. */
  position?: number;
  /** Confirmed: until when cancelling is allowed (2 h before the slot starts). */
  cancelUntil?: number;
};

/** What a slot (场次) is, as stored (server/event/repo SlotDoc adds its waitlist counters) and as shown. */
export type SlotFields = {
  id: string;
  start: number;
  end: number;
  status: SlotStatus;
  capacity: number;
  /** Seats held (confirmed places). Never above capacity: only the conditional write in takeSeat raises it. */
  taken: number;
};

export type SlotView = SlotFields & {
  seatsLeft: number;
  /** Volunteers in its waitlist. */
  waiting: number;
  phase: SignUpPhase;
  mine?: MyPlace;
  actions: SlotViewAction[];
};

/**
 * Where an event stands for a volunteer, over its open slots: a seat to take, only waitlist places, sign-up
 * not open yet, over (closed or every slot started), or the event cancelled.
 */
export const EVENT_AVAILABILITY = ['signUp', 'waitlist', 'notOpen', 'closed', 'cancelled'] as const;
export type EventAvailability = (typeof EVENT_AVAILABILITY)[number];

/**
 * An event in a list: what a card shows, the same for every reader (a list is one read; like the other
 * lists it carries no viewer actions — the detail does). The viewer's own places come from mySignUps.
 */
export type EventCard = AtStation & {
  id: string;
  status: EventStatus;
  title: string;
  category: EventCategory;
  address: string;
  teamName?: string;
  firstStart: number;
  lastEnd: number;
  slotCount: number;
  /** Over the slots still open. */
  capacity: number;
  seatsLeft: number;
  waiting: number;
  signUpOpensAt: number;
  signUpClosesAt: number;
  availability: EventAvailability;
  distanceM?: number;
};

export type EventView = EventCard & {
  description: string;
  location: GeoPoint;
  checkInRadiusM: number;
  pointsPerHour: number;
  intensity: Intensity;
  organiserName: string;
  publishedAt: number;
  cancelledAt?: number;
  cancelReason?: string;
  slots: SlotView[];
  /** The viewer's own places in it: seats and waitlist places. */
  mine: { confirmed: number; waiting: number };
  /** What the viewer may do with one of its slots now (each slot lists its own). */
  actions: SlotViewAction[];
  eventActions: EventViewAction[];
  /** Organisers only: a text the content check sent for a human look. */
  flaggedFields?: string[];
};

/** What a sign-up answers: a seat, or a place in the waitlist and where. */
export type SignUpResult = {
  signUpId: string;
  eventId: string;
  slotId: string;
  status: 'confirmed' | 'waiting';
  position?: number;
  seatsLeft: number;
};

/** One of the volunteer's places (我的报名). */
export type MySignUpView = {
  id: string;
  eventId: string;
  slotId: string;
  status: SignUpStatus;
  eventTitle: string;
  stationName: string;
  slotStart: number;
  slotEnd: number;
  createdAt: number;
  promotedAt?: number;
  endedAt?: number;
  endReason?: string;
};

/** A line of a slot's roster. Phones are whole for the organisers and masked (138****1234) for anyone else. */
export type RosterEntry = {
  signUpId: string;
  userId: string;
  name: string;
  phone: string;
  status: SignUpStatus;
  /** Waiting: 1 for the first in line. */
  position?: number;
  createdAt: number;
  seatedAt?: number;
};

export type RosterPage = Page<RosterEntry> & { slot: SlotView };

export type EventOutput = {
  publish: EventView;
  edit: EventView & { promoted: number };
  cancel: EventView & { dropped: number };
  cancelSlot: EventView & { dropped: number };
  list: Page<EventCard>;
  managed: Page<EventCard>;
  detail: EventView;
  signUp: SignUpResult;
  cancelSignUp: MySignUpView & { promoted: boolean };
  mySignUps: Page<MySignUpView>;
  roster: RosterPage;
  removeSignUp: RosterEntry & { promoted: boolean };
};
