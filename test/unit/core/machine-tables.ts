/**
 * Every domain's state machine as production obeys it, drawn once (the diagram pinMachine reads — see
 * machine-table.ts): use cases and timer jobs name an event, and the repository's transition() matches the
 * event's `from` states in its conditional write, so a change to what a use case may move, or to who may
 * fire it, must show up here. machines.test.ts pins each machine to its drawing; a domain's own test checks
 * what its states mean.
 */
import { ATTENDANCE_STATES } from '@/contracts/attendance';
import { EVENT_STATUSES, SIGNUP_STATUSES, SLOT_STATUSES } from '@/contracts/event';
import { ORDER_STATES } from '@/contracts/order';
import { WISH_STATUSES } from '@/contracts/wish';
import { ATTENDANCE_MACHINE } from '@/core/attendance';
import { EVENT_MACHINE, SIGNUP_MACHINE, SLOT_MACHINE } from '@/core/event';
import type { Machine } from '@/core/machine';
import { ORDER_MACHINE } from '@/core/order';
import { WISH_MACHINE } from '@/core/wish';

export type DrawnMachine = {
  name: string;
  machine: Machine<string, string, string>;
  states: readonly string[];
  table: string;
  /** The states nothing leaves, in the machine's order. */
  final: string[];
  /** What some actors may fire in a state (eventsFor), in table order: `[state, actors, events]`. */
  asks: [state: string, actors: string[], events: string[]][];
};

type Drawing<S extends string, E extends string, A extends string> = {
  name: string;
  machine: Machine<S, E, A>;
  states: readonly S[];
  table: string;
  final: S[];
  asks: [S, A[], E[]][];
};
const drawn = <S extends string, E extends string, A extends string>(d: Drawing<S, E, A>): DrawnMachine => d as unknown as DrawnMachine;

export const MACHINES = {
  event: drawn({
    name: 'an event',
    machine: EVENT_MACHINE,
    states: EVENT_STATUSES,
    table: `
    edit     published  → published  by organiser
    cancel   published  → cancelled  by organiser
  `,
    final: ['cancelled'],
    asks: [['published', ['volunteer', 'holder'], []]],
  }),
  slot: drawn({
    name: 'a slot',
    machine: SLOT_MACHINE,
    states: SLOT_STATUSES,
    table: `
    signUp   open  → open       by volunteer
    cancel   open  → cancelled  by organiser
  `,
    final: ['cancelled'],
    asks: [
      ['open', ['organiser'], ['cancel']],
      ['open', ['volunteer'], ['signUp']],
    ],
  }),
  place: drawn({
    name: 'a place (a sign-up)',
    machine: SIGNUP_MACHINE,
    states: SIGNUP_STATUSES,
    table: `
    promote   waiting             → confirmed  by system
    cancel    confirmed, waiting  → cancelled  by holder
    remove    confirmed, waiting  → removed    by organiser
    drop      confirmed, waiting  → dropped    by system
  `,
    final: ['cancelled', 'removed', 'dropped'],
    // Only the system promotes: nobody jumps the line by hand.
    asks: [['waiting', ['holder', 'organiser', 'volunteer'], ['cancel', 'remove']]],
  }),
  attendance: drawn({
    name: 'the attendance machine',
    machine: ATTENDANCE_MACHINE,
    states: ATTENDANCE_STATES,
    table: `
    checkIn    signed                                  → checked_in   by holder
    checkOut   checked_in                              → checked_out  by holder
    mark       signed, checked_in, checked_out, marked → marked       by organiser
    confirm    signed, checked_in, checked_out, marked → confirmed    by organiser
  `,
    final: ['confirmed'],
    asks: [
      ['marked', ['holder'], []],
      ['checked_in', ['holder', 'organiser'], ['checkOut', 'mark', 'confirm']],
    ],
  }),
  order: drawn({
    name: 'the order state machine',
    machine: ORDER_MACHINE,
    states: ORDER_STATES,
    table: `
    reserved       reserving              → pending_payment  by system
    payWechat      pending_payment        → paid             by system
    payPoints      pending_payment        → paid             by buyer
    cancel         pending_payment        → cancelled        by buyer
    expire         pending_payment        → cancelled        by system
    markReady      paid                   → ready            by staff
    pickup         paid, ready            → completed        by staff
    refund         paid, ready            → refunding        by staff
    resendRefund   refunding              → refunding        by staff
    refundPoints   paid, ready            → refunded         by staff
    refunded       refunding              → refunded         by system
  `,
    final: ['completed', 'cancelled', 'refunded'],
    // A paid order can no longer be cancelled: the buyer fires nothing once it is paid.
    asks: [['paid', ['buyer'], []]],
  }),
  wish: drawn({
    name: 'the wish state machine',
    machine: WISH_MACHINE,
    states: WISH_STATUSES,
    table: `
    approve       pending_review        → open        by staff
    reject        pending_review        → rejected    by staff
    claim         open                  → claimed     by claimant
    release       claimed               → open        by claimer
    lapse         claimed               → open        by system
    fulfil        claimed               → fulfilled   by claimer
    confirm       fulfilled             → confirmed   by owner, staff
    autoConfirm   fulfilled             → confirmed   by system
    cancel        pending_review, open  → cancelled   by owner
    expire        open                  → expired     by system
  `,
    final: ['confirmed', 'rejected', 'cancelled', 'expired'],
    asks: [],
  }),
};
