import { EventInput } from '../../contracts/event.schema';
import { timeProblems } from '../../core/event';
import { leaderGrants, publishRefusal } from '../../core/event-access';
import { AppError } from '../errors';
import { requireStation } from '../org/stations';
import { findTeam, type TeamDoc } from '../org/teams';
import { defineAction } from '../router';
import { callerAnd } from '../shared/caller';
import { audit } from '../shared/audit';
import { checkTexts, SCENE, type TextField } from '../shared/content-check';
import { newId } from '../shared/ids';
import { refuseIf } from '../shared/guards';
import { refuseTimes } from './guards';
import { insertEvent, type EventDoc, type SlotDoc } from './repo';
import { toEventView } from './view';

/** The texts of an event the content check reads (a `risky` one is refused, `review` flags it for staff). */
export const eventTexts = (t: { title?: string; description?: string; address?: string }): TextField[] => [
  { field: 'title', label: '活动名称', text: t.title, scene: SCENE.forum },
  { field: 'description', label: '活动介绍', text: t.description, scene: SCENE.forum },
  { field: 'address', label: '活动地址', text: t.address, scene: SCENE.profile },
];

/** Slots as stored: ids derived from the event's, counters at zero, in the order given. */
export const newSlots = (eventId: string, slots: readonly { start: number; end: number; capacity: number }[]): SlotDoc[] =>
  slots.map((s, i) => ({
    id: `${eventId}-${i + 1}`,
    start: s.start,
    end: s.end,
    status: 'open',
    capacity: s.capacity,
    taken: 0,
    waitSeq: 0,
    waitLeft: 0,
  }));

export const spanOf = (slots: readonly { start: number; end: number }[]) => ({
  firstStart: Math.min(...slots.map((s) => s.start)),
  lastEnd: Math.max(...slots.map((s) => s.end)),
});

/**
 * A team leader publishes an event for their team at its station, or staff for a station in their scope
 * (naming one of its teams or none). Times are checked against now (core/event timeProblems); texts pass
 * the content check. The event is published at once; staff publishing is audited.
 */
export const publish = defineAction({
  input: EventInput.publish,
  write: true,
  async handle(input, ctx) {
    const [me, station] = await callerAnd(ctx, requireStation(input.stationId));
    const teamId = input.teamId ?? leaderGrants(me).find((g) => g.nodeId === station._id)?.teamId;
    let team: TeamDoc | null = null;
    if (teamId) {
      team = await findTeam(teamId);
      if (!team || team.stationId !== station._id)
        throw new AppError('EVENT_TEAM_INVALID', undefined, { teamId: '所选服务队不属于该站点' });
    }
    refuseIf(publishRefusal(me, station, team));
    refuseTimes(timeProblems(input, ctx.now));
    const { review } = await checkTexts(ctx.openid, eventTexts(input));

    const id = newId('e', ctx.now);
    const slots = newSlots(id, input.slots);
    const ev: EventDoc = {
      _id: id,
      status: 'published',
      title: input.title,
      category: input.category,
      description: input.description,
      stationId: station._id,
      stationName: station.name,
      stationPath: station.path,
      address: input.address,
      location: input.location,
      checkInRadiusM: input.checkInRadiusM,
      pointsPerHour: input.pointsPerHour,
      intensity: input.intensity,
      signUpOpensAt: input.signUpOpensAt,
      signUpClosesAt: input.signUpClosesAt,
      ...(team ? { teamId: team._id, teamName: team.name } : {}),
      organiserId: me._id,
      organiserName: me.volunteer?.realName ?? me.nickname,
      slots,
      ...spanOf(slots),
      flagged: review.length > 0,
      flaggedFields: review,
      publishedAt: ctx.now,
      updatedAt: ctx.now,
    };
    await insertEvent(ev);
    if (!team || !me.roles.some((g) => g.role === 'leader' && g.teamId === team._id)) {
      await audit(ctx, {
        action: 'event.publish',
        targetType: 'event',
        targetId: id,
        nodePath: station.path,
        detail: { title: ev.title, slots: slots.length },
      });
    }
    return toEventView(ev, { reader: me, places: [] }, ctx.now);
  },
});
