import type { Page } from '../../contracts/paging';
import type { PendingVolunteerView } from '../../contracts/user';
import { UserInput } from '../../contracts/user.schema';
import { isStaffAnywhere, staffScopes } from '../../core/access';
import { AppError } from '../errors';
import { defineAction } from '../router';
import { pendingVolunteers, type UserDoc } from './repo';
import { toPendingVolunteer } from './person-view';

/** Staff: registrations waiting for review at the stations of their scope, oldest first. One read a page. */
export const volunteerQueue = defineAction({
  input: UserInput.volunteerQueue,
  async handle({ cursor, limit }, ctx): Promise<Page<PendingVolunteerView>> {
    const me = await ctx.me();
    if (!isStaffAnywhere(me)) throw new AppError('FORBIDDEN');
    const page = await pendingVolunteers(staffScopes(me), { cursor, limit });
    const items = page.items.filter((u): u is UserDoc & { volunteer: NonNullable<UserDoc['volunteer']> } => !!u.volunteer);
    return { items: items.map(toPendingVolunteer), next: page.next };
  },
});
