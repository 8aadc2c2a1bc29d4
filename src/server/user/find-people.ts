import type { Page } from '../../contracts/paging';
import type { PersonView } from '../../contracts/user';
import { UserInput } from '../../contracts/user.schema';
import { isAdmin, isStaffAnywhere, staffScopes } from '../../core/access';
import { AppError } from '../errors';
import { defineAction } from '../router';
import { audit } from '../shared/audit';
import { peopleMatching } from './repo';
import { toPersonView } from './person-view';

/**
 * Staff find a person of their area by full phone number, real name or nickname — exact matches only,
 * within their scope (home or volunteer station; a center admin's scope is the county). Each search is
 * audited with what was asked, so looking people up leaves a trace.
 */
export const findPeople = defineAction({
  input: UserInput.findPeople,
  async handle({ query, cursor, limit }, ctx): Promise<Page<PersonView>> {
    const me = await ctx.me();
    if (!isStaffAnywhere(me)) throw new AppError('FORBIDDEN');
    const scopes = staffScopes(me);
    // A center admin's area is the county: everyone, residents with no station yet included.
    const page = await peopleMatching(query, isAdmin(me) ? null : scopes, { cursor, limit });
    await audit(ctx, {
      action: 'user.findPeople',
      targetType: 'query',
      targetId: '',
      nodePath: scopes,
      detail: { query, found: page.items.length },
    });
    return { items: page.items.map((u) => toPersonView(u, me)), next: page.next };
  },
});
