import * as z from 'zod';
import { PAGE_MAX } from '@/contracts';
import { InboxInput } from '@/contracts/messages.schema';
import { OrgInput } from '@/contracts/org.schema';
import { pageFields } from '@/contracts/paging.schema';
import { PointsInput } from '@/contracts/points.schema';
import { WishInput } from '@/contracts/wish.schema';

describe('pageFields', () => {
  it('takes a cursor and a limit up to its maximum, never above PAGE_MAX', () => {
    const schema = z.object(pageFields());
    expect(schema.parse({})).toEqual({ limit: 20 });
    expect(schema.safeParse({ limit: PAGE_MAX }).success).toBe(true);
    expect(schema.safeParse({ limit: PAGE_MAX + 1 }).success).toBe(false);
    expect(schema.safeParse({ limit: 0 }).success).toBe(false);
    expect(schema.safeParse({ limit: 2.5 }).success).toBe(false);
    expect(() => pageFields(PAGE_MAX + 1)).toThrow(/PAGE_MAX/);
  });

  it('is what every list action takes', () => {
    const lists = [WishInput.mine, WishInput.myClaims, WishInput.reviewQueue, OrgInput.tree, PointsInput.history, InboxInput.list];
    for (const schema of lists) {
      expect(schema.safeParse({ cursor: 'WyJrIl0', limit: 5 }).success).toBe(true);
      expect(schema.safeParse({ offset: 5 }).success).toBe(true); // unknown fields are dropped…
      expect(schema.parse({ offset: 5 } as object)).not.toHaveProperty('offset'); // …not honoured
      expect(schema.safeParse({ limit: PAGE_MAX + 1 }).success).toBe(false);
    }
    expect(OrgInput.nearestStations.safeParse({ lat: 1, lng: 1, cursor: 'WyJrIl0' }).success).toBe(true);
    expect(PointsInput.userHistory.safeParse({ userId: 'u', cursor: 'a b' }).success).toBe(false);
  });
});
