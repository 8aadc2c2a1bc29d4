import type { EventCard } from '../../contracts/event';
import { EventInput } from '../../contracts/event.schema';
import type { Page } from '../../contracts/paging';
import { staffScopes } from '../../core/access';
import { leaderGrants } from '../../core/event-access';
import { db } from '../cloud';
import { AppError } from '../errors';
import { defineAction } from '../router';
import { eventPage } from './repo';
import { toCard } from './view';

/**
 * The events the caller organises, cancelled ones included, newest first: their teams' (leaders) and
 * those at stations in their scope (staff; a center admin's scope is the county). One read a page.
 */
export const managed = defineAction({
  input: EventInput.managed,
  async handle({ when, cursor, limit }, ctx): Promise<Page<EventCard>> {
    const me = await ctx.me();
    const teams = leaderGrants(me).map((g) => g.teamId as string);
    const scopes = staffScopes(me);
    if (!teams.length && !scopes.length) throw new AppError('FORBIDDEN');
    const c = db().command;
    const mine = c.or([...(teams.length ? [{ teamId: c.in(teams) }] : []), ...(scopes.length ? [{ stationPath: c.in(scopes) }] : [])]);
    const period = when === 'past' ? { lastEnd: c.lte(ctx.now) } : when === 'upcoming' ? { lastEnd: c.gt(ctx.now) } : null;
    const page = await eventPage(period ? c.and([mine, period]) : mine, 'newest', { cursor, limit });
    return { items: page.items.map((e) => toCard(e, ctx.now)), next: page.next };
  },
});
