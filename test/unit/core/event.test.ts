import { EVENT_LIMITS, SIGNUP_STATUSES, type SignUpStatus } from '@/contracts/event';
import {
  ACTIVE_SIGNUP_STATUSES,
  cancelDeadline,
  chinaDay,
  chinaDayStart,
  dayKey,
  isActive,
  mayCancel,
  mayPromote,
  overlaps,
  placeConflict,
  placeKey,
  positionAtJoin,
  remindAt,
  remindWindow,
  seatsLeft,
  shrinkingSlot,
  signUpPhase,
  slotShapeProblem,
  timeProblems,
  waitingCount,
} from '@/core/event';
import { DAY, HOUR, MIN, NINE } from './clock';

describe('China days', () => {
  it('numbers days by China time, which is UTC+8 all year', () => {
    const day = chinaDay(NINE);
    expect(chinaDay(chinaDayStart(day))).toBe(day);
    expect(chinaDay(chinaDayStart(day) - 1)).toBe(day - 1);
    expect(chinaDay(chinaDayStart(day) + DAY - 1)).toBe(day);
    // 23:59 China time on 1 June is 15:59 UTC the same day; 00:00 on 2 June is 16:00 UTC on 1 June.
    expect(chinaDay(Date.UTC(2026, 5, 1, 15, 59))).toBe(day);
    expect(chinaDay(Date.UTC(2026, 5, 1, 16, 0))).toBe(day + 1);
    expect(new Date(chinaDayStart(day)).toISOString()).toBe('2026-05-31T16:00:00.000Z');
  });
});

describe('slot times', () => {
  it('two slots overlap when each starts before the other ends; back to back they do not', () => {
    const a = { start: NINE, end: NINE + 2 * HOUR };
    expect(overlaps(a, { start: NINE + HOUR, end: NINE + 3 * HOUR })).toBe(true);
    expect(overlaps(a, { start: NINE - HOUR, end: NINE + 15 * MIN })).toBe(true);
    expect(overlaps(a, { start: NINE + 30 * MIN, end: NINE + HOUR })).toBe(true);
    expect(overlaps(a, a)).toBe(true);
    expect(overlaps(a, { start: NINE + 2 * HOUR, end: NINE + 3 * HOUR })).toBe(false);
    expect(overlaps(a, { start: NINE - HOUR, end: NINE })).toBe(false);
    expect(overlaps({ start: NINE + 2 * HOUR, end: NINE + 3 * HOUR }, a)).toBe(false);
  });

  it('fall on quarter hours within one China day', () => {
    expect(slotShapeProblem({ start: NINE, end: NINE + 2 * HOUR })).toBeNull();
    expect(slotShapeProblem({ start: NINE + 15 * MIN, end: NINE + 45 * MIN })).toBeNull();
    expect(slotShapeProblem({ start: NINE, end: NINE })).toMatch(/晚于/);
    expect(slotShapeProblem({ start: NINE + 10 * MIN, end: NINE + HOUR })).toMatch(/整刻钟/);
    expect(slotShapeProblem({ start: NINE, end: NINE + HOUR + 1 })).toMatch(/整刻钟/);
    const midnight = chinaDayStart(chinaDay(NINE) + 1);
    // Until midnight is one day; across it is not.
    expect(slotShapeProblem({ start: midnight - HOUR, end: midnight })).toBeNull();
    expect(slotShapeProblem({ start: midnight - HOUR, end: midnight + 15 * MIN })).toMatch(/同一天/);
  });

  const ok = { signUpOpensAt: NINE - 10 * DAY, signUpClosesAt: NINE - HOUR, slots: [{ start: NINE, end: NINE + 2 * HOUR }] };

  it('accepts an event whose slots lie ahead and whose window closes before the last slot starts', () => {
    expect(timeProblems(ok, NINE - 20 * DAY)).toEqual([]);
    expect(timeProblems({ ...ok, signUpClosesAt: NINE }, NINE - 20 * DAY)).toEqual([]);
  });

  it('names each problem with the field at fault', () => {
    expect(timeProblems(ok, NINE)).toEqual([
      { field: 'slots.0.start', message: '场次开始时间已经过去了' },
      { field: 'signUpClosesAt', message: '报名截止时间已经过去了' },
    ]);
    expect(timeProblems({ ...ok, signUpClosesAt: NINE + 1 }, NINE - DAY)).toEqual([
      { field: 'signUpClosesAt', message: '报名截止时间不能晚于最后一个场次的开始时间' },
    ]);
    expect(timeProblems({ ...ok, signUpOpensAt: NINE - 367 * DAY }, NINE - 400 * DAY)).toEqual([
      { field: 'signUpOpensAt', message: '报名最早只能在活动前一年开始' },
    ]);
    const bad = {
      ...ok,
      slots: [
        { start: NINE, end: NINE + 2 * HOUR },
        { start: NINE + 7 * MIN, end: NINE + HOUR },
      ],
    };
    expect(timeProblems(bad, NINE - DAY)).toEqual([{ field: 'slots.1.start', message: expect.stringMatching(/整刻钟/) }]);
  });

  it('measures the window against the last slot of several', () => {
    const two = {
      ...ok,
      signUpClosesAt: NINE + DAY,
      slots: [
        { start: NINE, end: NINE + HOUR },
        { start: NINE + DAY, end: NINE + DAY + HOUR },
      ],
    };
    expect(timeProblems(two, NINE - DAY)).toEqual([]);
  });
});

describe('the sign-up window', () => {
  const w = { signUpOpensAt: NINE - 5 * DAY, signUpClosesAt: NINE - HOUR };
  const slot = { start: NINE, end: NINE + 2 * HOUR };
  it('is not open before it opens, open from its first millisecond, closed at its closing time', () => {
    expect(signUpPhase(w, slot, w.signUpOpensAt - 1)).toBe('notOpen');
    expect(signUpPhase(w, slot, w.signUpOpensAt)).toBe('open');
    expect(signUpPhase(w, slot, w.signUpClosesAt - 1)).toBe('open');
    expect(signUpPhase(w, slot, w.signUpClosesAt)).toBe('closed');
  });
  it('is closed for a slot that has started, whatever the window says', () => {
    const late = { signUpOpensAt: NINE - DAY, signUpClosesAt: NINE + DAY };
    expect(signUpPhase(late, slot, NINE - 1)).toBe('open');
    expect(signUpPhase(late, slot, NINE)).toBe('closed');
  });
});

describe('cancelling and promoting', () => {
  const slot = { start: NINE, end: NINE + 2 * HOUR };
  it('lets a seat go until 2 h before the slot starts, that moment included', () => {
    expect(cancelDeadline(slot)).toBe(NINE - 2 * HOUR);
    expect(mayCancel('confirmed', slot, NINE - 2 * HOUR)).toBe(true);
    expect(mayCancel('confirmed', slot, NINE - 2 * HOUR + 1)).toBe(false);
    expect(mayCancel('confirmed', slot, NINE - DAY)).toBe(true);
  });
  it('lets a waitlist place go until the slot starts', () => {
    expect(mayCancel('waiting', slot, NINE - 1)).toBe(true);
    expect(mayCancel('waiting', slot, NINE)).toBe(false);
  });
  it('hands a freed seat to the waitlist until the slot starts', () => {
    expect(mayPromote(slot, NINE - 1)).toBe(true);
    expect(mayPromote(slot, NINE)).toBe(false);
  });
});

describe('the reminder', () => {
  it('falls due 24 h before the slot; its window holds reminders due in the last 24 h', () => {
    expect(remindAt({ start: NINE, end: NINE + HOUR })).toBe(NINE - 24 * HOUR);
    expect(remindWindow(NINE)).toEqual({ after: NINE - DAY, upTo: NINE });
    expect(EVENT_LIMITS.reminderBeforeMs).toBe(DAY);
  });
});

describe('seats and the waitlist', () => {
  const c = (capacity: number, taken: number, waitSeq = 0, waitLeft = 0) => ({ capacity, taken, waitSeq, waitLeft });
  it('counts seats left and never below zero', () => {
    expect(seatsLeft(c(50, 0))).toBe(50);
    expect(seatsLeft(c(50, 49))).toBe(1);
    expect(seatsLeft(c(50, 50))).toBe(0);
    expect(seatsLeft(c(50, 51))).toBe(0);
  });
  it('counts the waiting as tickets issued less those that left the line', () => {
    expect(waitingCount(c(5, 5, 1950, 0))).toBe(1950);
    expect(waitingCount(c(5, 5, 1950, 20))).toBe(1930);
    expect(waitingCount(c(5, 5, 3, 3))).toBe(0);
  });
  it('places a new ticket behind everyone still in line', () => {
    expect(positionAtJoin(1, 0)).toBe(1);
    expect(positionAtJoin(1950, 0)).toBe(1950);
    // 20 were promoted before ticket 41 was issued: 20 are ahead of it.
    expect(positionAtJoin(41, 20)).toBe(21);
    expect(positionAtJoin(5, 5)).toBe(1);
  });
  it('lets capacity grow and names the first slot that would shrink', () => {
    const cur = [
      { id: 's1', capacity: 10 },
      { id: 's2', capacity: 20 },
    ];
    expect(
      shrinkingSlot(cur, [
        { slotId: 's1', capacity: 10 },
        { slotId: 's2', capacity: 30 },
      ]),
    ).toBeNull();
    expect(shrinkingSlot(cur, [{ slotId: 's2', capacity: 19 }])).toBe('s2');
    expect(shrinkingSlot(cur, [{ slotId: 'nope', capacity: 1 }])).toBeNull();
  });
});

describe("a volunteer's places", () => {
  it('counts a seat and a waitlist place as active', () => {
    expect(ACTIVE_SIGNUP_STATUSES).toEqual(['confirmed', 'waiting']);
    expect(SIGNUP_STATUSES.filter(isActive)).toEqual(['confirmed', 'waiting']);
  });

  it('keys places per volunteer, day and sequence, and per slot and volunteer', () => {
    expect(dayKey('u1', 20_605, 0)).toBe('u1#20605#0');
    expect(dayKey('u1', 20_605, 3)).not.toBe(dayKey('u1', 20_606, 3));
    expect(placeKey('e1-s1', 'u1')).toBe('e1-s1#u1');
  });

  const place = (slotId: string, status: SignUpStatus, start: number, hours = 2) => ({
    slotId,
    status,
    slotStart: start,
    slotEnd: start + hours * HOUR,
  });
  const want = { start: NINE, end: NINE + 2 * HOUR };

  it('finds the slot already held, as a seat or in the waitlist', () => {
    expect(placeConflict([place('s1', 'confirmed', NINE)], 's1', want)).toBe('same');
    expect(placeConflict([place('s1', 'waiting', NINE)], 's1', want)).toBe('same');
  });
  it('finds an active place whose time overlaps, a waitlist place included', () => {
    expect(placeConflict([place('s2', 'confirmed', NINE + HOUR)], 's1', want)).toBe('overlap');
    expect(placeConflict([place('s2', 'waiting', NINE - HOUR)], 's1', want)).toBe('overlap');
  });
  it('ignores ended places and back-to-back slots', () => {
    for (const ended of ['cancelled', 'removed', 'dropped'] as const) {
      expect(placeConflict([place('s1', ended, NINE), place('s2', ended, NINE + HOUR)], 's1', want)).toBeNull();
    }
    expect(placeConflict([place('s2', 'confirmed', NINE + 2 * HOUR), place('s3', 'confirmed', NINE - 2 * HOUR)], 's1', want)).toBeNull();
    expect(placeConflict([], 's1', want)).toBeNull();
  });
});
