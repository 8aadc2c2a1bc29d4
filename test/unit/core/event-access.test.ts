import {
  actorsOf,
  cardActions,
  editLocked,
  eventActions,
  isOrganiser,
  isVolunteer,
  organiserRefusal,
  publishRefusal,
  rosterPhone,
  signUpRefusal,
  slotActions,
  type SlotFacts,
} from '@/core/event-access';
import { DONGMEN, g, reader } from './readers';

const ev = { teamId: 't-dongmen', stationPath: DONGMEN, status: 'published' as const };

const resident = reader('res');
const volunteer = reader('vol', [g('volunteer', 'n-dongmen')]);
const leader = reader('lead', [g('volunteer', 'n-dongmen'), g('leader', 'n-dongmen', { teamId: 't-dongmen' })]);
const otherLeader = reader('lead2', [g('volunteer', 'n-longxicun'), g('leader', 'n-longxicun', { teamId: 't-longxi' })]);
const staff = reader('staff', [g('staff', 'n-chengguan')]);
const staffElsewhere = reader('far', [g('staff', 'n-longxi')]);
const admin = reader('admin', [g('admin', 'n-center')]);

describe('who organises an event', () => {
  it('is a leader of its team, staff over its station, or a center admin', () => {
    expect([leader, staff, admin].map((r) => isOrganiser(ev, r))).toEqual([true, true, true]);
    expect([resident, volunteer, otherLeader, staffElsewhere].map((r) => isOrganiser(ev, r))).toEqual([false, false, false, false]);
    expect(isOrganiser(ev, null)).toBe(false);
  });

  it('a staff-run event without a team has no leader organiser', () => {
    expect(isOrganiser({ stationPath: DONGMEN }, leader)).toBe(false);
    expect(isOrganiser({ stationPath: DONGMEN }, staff)).toBe(true);
  });

  it('refuses the others with what they are: out of scope, not their team, or forbidden', () => {
    expect(organiserRefusal(ev, leader)).toBeNull();
    expect(organiserRefusal(ev, staffElsewhere)).toBe('OUT_OF_SCOPE');
    expect(organiserRefusal(ev, otherLeader)).toBe('EVENT_NOT_ORGANISER');
    expect(organiserRefusal(ev, volunteer)).toBe('FORBIDDEN');
    expect(organiserRefusal(ev, resident)).toBe('FORBIDDEN');
  });

  it('names the actors the machines know', () => {
    expect(actorsOf(ev, leader)).toEqual(['organiser', 'volunteer']);
    expect(actorsOf(ev, staff)).toEqual(['organiser']);
    expect(actorsOf(ev, volunteer)).toEqual(['volunteer']);
    expect(actorsOf(ev, resident)).toEqual([]);
    expect(actorsOf(ev, null)).toEqual([]);
  });
});

describe('publishing', () => {
  const station = { path: DONGMEN };
  const team = { _id: 't-dongmen' };
  it('is for staff over the station and leaders of the team', () => {
    expect(publishRefusal(staff, station, null)).toBeNull();
    expect(publishRefusal(admin, station, team)).toBeNull();
    expect(publishRefusal(leader, station, team)).toBeNull();
  });
  it('refuses a leader for another team or without one, staff elsewhere, and everyone else', () => {
    expect(publishRefusal(leader, station, null)).toBe('EVENT_NOT_ORGANISER');
    expect(publishRefusal(otherLeader, station, team)).toBe('EVENT_NOT_ORGANISER');
    expect(publishRefusal(staffElsewhere, station, team)).toBe('OUT_OF_SCOPE');
    expect(publishRefusal(volunteer, station, team)).toBe('EVENT_PUBLISH_FORBIDDEN');
    expect(publishRefusal(resident, station, null)).toBe('EVENT_PUBLISH_FORBIDDEN');
  });
});

describe('signing up', () => {
  it('is for approved volunteers (who hold the role) only', () => {
    expect(signUpRefusal(volunteer)).toBeNull();
    expect(signUpRefusal(leader)).toBeNull();
    expect(signUpRefusal(resident)).toBe('EVENT_VOLUNTEER_REQUIRED');
    expect(signUpRefusal(staff)).toBe('EVENT_VOLUNTEER_REQUIRED');
    expect(isVolunteer(null)).toBe(false);
  });
});

describe('editing', () => {
  const slots = [{ capacity: 5, taken: 0, waitSeq: 0, waitLeft: 0 }];
  it('is free until sign-up opens and nobody holds a place', () => {
    expect(editLocked({ signUpOpensAt: 1000, slots }, 999)).toBe(false);
    expect(editLocked({ signUpOpensAt: 1000, slots }, 1000)).toBe(true);
    expect(editLocked({ signUpOpensAt: 1000, slots: [{ ...slots[0], taken: 1 }] }, 0)).toBe(true);
    expect(editLocked({ signUpOpensAt: 1000, slots: [{ ...slots[0], waitSeq: 1 }] }, 0)).toBe(true);
  });
});

describe('the actions a viewer sees', () => {
  const NOW = 1_000_000_000_000;
  const H = 3_600_000;
  const slot = (over: Partial<SlotFacts> = {}): SlotFacts => ({
    start: NOW + 48 * H,
    end: NOW + 50 * H,
    capacity: 2,
    taken: 0,
    waitSeq: 0,
    waitLeft: 0,
    status: 'open',
    clash: false,
    phase: 'open',
    ...over,
  });

  it('offers organisers edit (limited once sign-up opened), cancel and the roster while published, the roster alone once cancelled', () => {
    const e = { ...ev, signUpOpensAt: NOW + H, slots: [{ capacity: 2, taken: 0, waitSeq: 0, waitLeft: 0 }] };
    expect(eventActions(e, ['organiser'], NOW)).toEqual(['edit', 'cancel', 'roster']);
    expect(eventActions(e, ['organiser'], NOW + H)).toEqual(['editLimited', 'cancel', 'roster']);
    expect(eventActions({ ...e, slots: [{ capacity: 2, taken: 1, waitSeq: 0, waitLeft: 0 }] }, ['organiser'], NOW)).toEqual([
      'editLimited',
      'cancel',
      'roster',
    ]);
    expect(eventActions({ ...e, status: 'cancelled' }, ['organiser'], NOW)).toEqual(['roster']);
    expect(eventActions(e, ['volunteer'], NOW)).toEqual([]);
  });

  it('offers a volunteer a seat, or the waitlist when full', () => {
    expect(slotActions(ev, slot(), ['volunteer'], true, NOW)).toEqual(['signUp']);
    expect(slotActions(ev, slot({ taken: 2 }), ['volunteer'], true, NOW)).toEqual(['joinWaitlist']);
  });

  it('offers nothing outside the window, on a cancelled slot or event, or with an overlapping place', () => {
    for (const s of [slot({ phase: 'notOpen' }), slot({ phase: 'closed' }), slot({ status: 'cancelled' }), slot({ clash: true })]) {
      expect(slotActions(ev, s, ['volunteer'], true, NOW)).toEqual([]);
    }
    expect(slotActions({ status: 'cancelled' }, slot(), ['volunteer', 'organiser'], true, NOW)).toEqual([]);
  });

  it('offers the holder cancelling until 2 h before (a waitlist place until the start)', () => {
    expect(slotActions(ev, slot({ mine: 'confirmed' }), ['volunteer'], true, NOW)).toEqual(['cancelSignUp']);
    const soon = slot({ mine: 'confirmed', start: NOW + H, end: NOW + 2 * H });
    expect(slotActions(ev, soon, ['volunteer'], true, NOW)).toEqual([]);
    expect(slotActions(ev, { ...soon, mine: 'waiting' }, ['volunteer'], true, NOW)).toEqual(['leaveWaitlist']);
  });

  it('offers a signed-in non-volunteer to register, and an organiser to cancel the slot', () => {
    expect(slotActions(ev, slot(), [], true, NOW)).toEqual(['registerToSignUp']);
    expect(slotActions(ev, slot(), [], false, NOW)).toEqual([]);
    expect(slotActions(ev, slot(), ['organiser'], true, NOW)).toEqual(['registerToSignUp', 'cancelSlot']);
    expect(slotActions(ev, slot(), ['organiser', 'volunteer'], true, NOW)).toEqual(['signUp', 'cancelSlot']);
    expect(slotActions(ev, slot({ status: 'cancelled' }), ['organiser'], true, NOW)).toEqual([]);
  });

  it('a card offers a seat before the waitlist before registering', () => {
    expect(cardActions([['joinWaitlist'], ['signUp', 'cancelSlot']])).toEqual(['signUp']);
    expect(cardActions([['joinWaitlist'], ['cancelSignUp']])).toEqual(['joinWaitlist']);
    expect(cardActions([['registerToSignUp']])).toEqual(['registerToSignUp']);
    expect(cardActions([['cancelSignUp'], []])).toEqual([]);
  });
});

describe('roster phones', () => {
  it('are whole for organisers and masked for anyone else', () => {
    expect(rosterPhone('13800001111', true)).toBe('13800001111');
    expect(rosterPhone('13800001111', false)).toBe('138****1111');
  });
});
