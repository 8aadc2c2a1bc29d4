import { AttendanceInput } from '@/contracts/attendance.schema';
import { EVENT_CATEGORIES, EVENT_LIMITS } from '@/contracts/event';
import { EVENT_ERROR_MESSAGES } from '@/contracts/event-errors';
import { EventInput } from '@/contracts/event.schema';
import { ERROR_MESSAGES } from '@/contracts/errors';
import { MESSAGE_KINDS } from '@/contracts/messages';
import { GARBAGE_TALK } from '../../helpers/fixtures-event';
import { servedActions } from '../../helpers/served-actions';
import { HOUR as H, NINE } from './clock';

const publish = (over: Record<string, unknown> = {}) => ({
  ...GARBAGE_TALK,
  signUpOpensAt: NINE - 72 * H,
  signUpClosesAt: NINE - H,
  slots: [{ start: NINE, end: NINE + 2 * H, capacity: 30 }],
  ...over,
});

describe('the event contract', () => {
  it('has a schema for every action and the ten categories of the product', () => {
    expect(Object.keys(EventInput).sort()).toEqual(servedActions('event', AttendanceInput));
    expect(EVENT_CATEGORIES).toHaveLength(10);
    expect(EVENT_CATEGORIES).toContain('文明引导');
  });

  it('reaches every EVENT_* code through ERROR_MESSAGES with a Chinese message', () => {
    for (const [code, message] of Object.entries(EVENT_ERROR_MESSAGES)) {
      expect(code).toMatch(/^EVENT_[A-Z_]+$/);
      expect((ERROR_MESSAGES as Record<string, string>)[code]).toBe(message);
      expect(message).toMatch(/[\u4e00-\u9fa5]/);
    }
  });

  it('adds its notice kinds to the inbox', () => {
    for (const k of ['event.confirmed', 'event.waitlisted', 'event.promoted', 'event.cancelled', 'event.removed', 'event.reminder']) {
      expect(MESSAGE_KINDS).toContain(k);
    }
  });
});

describe('publish', () => {
  it('takes a well-formed event and fills the defaults (500 m, 10 points an hour)', () => {
    const out = EventInput.publish.parse(publish());
    expect(out.checkInRadiusM).toBe(EVENT_LIMITS.checkInRadiusDefaultM);
    expect(out.pointsPerHour).toBe(EVENT_LIMITS.pointsPerHourDefault);
    expect(out.checkInRadiusM).toBe(500);
    expect(out.pointsPerHour).toBe(10);
  });

  it('drops unknown fields (no mass assignment)', () => {
    const out = EventInput.publish.parse(
      publish({ status: 'cancelled', organiserId: 'x', slots: [{ start: NINE, end: NINE + H, capacity: 1, taken: 99 }] }),
    );
    expect(out).not.toHaveProperty('status');
    expect(out).not.toHaveProperty('organiserId');
    expect(out.slots[0]).not.toHaveProperty('taken');
  });

  it.each([
    ['a missing title', { title: '' }, 'title'],
    ['a title over 30 characters', { title: '长'.repeat(31) }, 'title'],
    ['an unknown category', { category: '其他' }, 'category'],
    ['no slot', { slots: [] }, 'slots'],
    [
      '21 slots',
      { slots: Array.from({ length: 21 }, (_, i) => ({ start: NINE + i * 3 * H, end: NINE + i * 3 * H + H, capacity: 1 })) },
      'slots',
    ],
    ['a capacity of 0', { slots: [{ start: NINE, end: NINE + H, capacity: 0 }] }, 'slots.0.capacity'],
    ['a capacity over 10,000', { slots: [{ start: NINE, end: NINE + H, capacity: 10_001 }] }, 'slots.0.capacity'],
    ['a slot ending before it starts', { slots: [{ start: NINE, end: NINE - H, capacity: 1 }] }, 'slots.0.end'],
    ['a window closing before it opens', { signUpClosesAt: NINE - 80 * H }, 'signUpClosesAt'],
    ['a radius of 10 m', { checkInRadiusM: 10 }, 'checkInRadiusM'],
    ['negative points', { pointsPerHour: -1 }, 'pointsPerHour'],
    ['a location off the globe', { location: { lat: 91, lng: 0 } }, 'location.lat'],
  ])('refuses %s', (_label, over, path) => {
    const r = EventInput.publish.safeParse(publish(over));
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path.join('.'))).toContain(path);
  });

  it('accepts the limits themselves: 20 slots, capacity 1 and 10,000', () => {
    const slots = Array.from({ length: 20 }, (_, i) => ({
      start: NINE + i * 3 * H,
      end: NINE + i * 3 * H + H,
      capacity: i % 2 ? 1 : 10_000,
    }));
    expect(EventInput.publish.safeParse(publish({ slots })).success).toBe(true);
  });
});

describe('the other inputs', () => {
  it('edit refuses replacing slots and adding seats at once, and a capacity twice', () => {
    expect(EventInput.edit.safeParse({ id: 'e1', description: '新的介绍' }).success).toBe(true);
    expect(EventInput.edit.safeParse({ id: 'e1', capacities: [{ slotId: 's', capacity: 5 }] }).success).toBe(true);
    expect(
      EventInput.edit.safeParse({
        id: 'e1',
        slots: [{ start: NINE, end: NINE + H, capacity: 2 }],
        capacities: [{ slotId: 's', capacity: 5 }],
      }).success,
    ).toBe(false);
    expect(
      EventInput.edit.safeParse({
        id: 'e1',
        capacities: [
          { slotId: 's', capacity: 5 },
          { slotId: 's', capacity: 6 },
        ],
      }).success,
    ).toBe(false);
  });

  it('list asks for a location to sort by distance and pages at most 100', () => {
    expect(EventInput.list.parse({})).toMatchObject({ when: 'upcoming', sort: 'soonest', limit: 20 });
    expect(EventInput.list.safeParse({ sort: 'nearest' }).success).toBe(false);
    expect(EventInput.list.safeParse({ sort: 'nearest', lat: 26.7, lng: 110.6 }).success).toBe(true);
    expect(EventInput.list.safeParse({ limit: 101 }).success).toBe(false);
    expect(EventInput.list.safeParse({ cursor: 'not a cursor!' }).success).toBe(false);
    expect(EventInput.list.safeParse({ from: NINE, to: NINE }).success).toBe(false);
  });

  it('cancelling needs a reason; a roster names its list', () => {
    expect(EventInput.cancel.safeParse({ id: 'e1' }).success).toBe(false);
    expect(EventInput.cancelSlot.safeParse({ id: 'e1', slotId: 's1', reason: '天气原因' }).success).toBe(true);
    expect(EventInput.roster.parse({ eventId: 'e1', slotId: 's1' }).list).toBe('confirmed');
    expect(EventInput.mySignUps.parse({}).when).toBe('upcoming');
  });
});
