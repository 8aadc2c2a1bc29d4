import { choices } from '@/contracts/choices';
import { DONOR_KINDS, DONATION_STATES } from '@/contracts/donation';
import { LISTING_STATUSES, PRODUCER_STATUSES } from '@/contracts/market';
import { ORDER_STATES, PAY_METHODS, PAYMENT_ISSUE_KINDS } from '@/contracts/order';
import { NODE_KINDS, ROLE_LABELS, ROLES } from '@/contracts/roles';

describe('choices (one table of names and labels)', () => {
  it('answers the names in the order written and the labels table itself', () => {
    const labels = { b: '乙', a: '甲', c: '丙' };
    const [names, table] = choices(labels);
    expect(names).toEqual(['b', 'a', 'c']);
    expect(table).toBe(labels);
  });

  // Pages render chips in these orders and schemas take them as z.enum values: they stay as they were.
  it('keeps every contract list it builds in its order', () => {
    expect(ORDER_STATES).toEqual(['reserving', 'pending_payment', 'paid', 'ready', 'completed', 'cancelled', 'refunding', 'refunded']);
    expect(PAY_METHODS).toEqual(['wechat', 'points']);
    expect(PAYMENT_ISSUE_KINDS).toEqual([
      'not_success',
      'amount',
      'merchant',
      'not_confirmed',
      'late_payment',
      'refund_failed',
      'refund_closed',
    ]);
    expect(LISTING_STATUSES).toEqual(['pending_review', 'on_sale', 'off_shelf', 'sold_out', 'rejected']);
    expect(PRODUCER_STATUSES).toEqual(['pending', 'approved', 'rejected']);
    expect(NODE_KINDS).toEqual(['center', 'institute', 'station', 'base']);
    expect(DONATION_STATES).toEqual(['pending', 'received', 'declined']);
    expect(DONOR_KINDS).toEqual(['unit', 'resident']);
    expect(ROLES).toEqual(['volunteer', 'leader', 'producer', 'unit', 'staff', 'admin']);
    expect(Object.keys(ROLE_LABELS)).toEqual(['resident', ...ROLES]);
    expect(ROLE_LABELS.resident).toBe('居民');
  });
});
