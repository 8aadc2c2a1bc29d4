import type { TimeProblem } from '../../core/event';
import { organiserRefusal, type Reader } from '../../core/event-access';
import type { Ctx } from '../ctx';
import { AppError } from '../errors';
import { refuseIf } from '../shared/guards';
import type { UserDoc } from '../user/repo';
import { findEvent, type EventDoc } from './repo';

export async function requireEvent(id: string): Promise<EventDoc> {
  const ev = await findEvent(id);
  if (!ev) throw new AppError('EVENT_NOT_FOUND');
  return ev;
}

/** The event and the caller, who must organise it (a leader of its team, staff over its station). */
export async function asOrganiser(ctx: Ctx, eventId: string): Promise<{ me: UserDoc; ev: EventDoc }> {
  const [me, ev] = await Promise.all([ctx.me(), requireEvent(eventId)]);
  refuseIf(organiserRefusal(ev, me as Reader));
  return { me, ev };
}

/** EVENT_TIME_INVALID naming the first problem, with every field at fault (core/event timeProblems). */
export function refuseTimes(problems: readonly TimeProblem[]): void {
  if (!problems.length) return;
  const fields: Record<string, string> = {};
  for (const p of problems) fields[p.field] ??= p.message;
  throw new AppError('EVENT_TIME_INVALID', problems[0].message, fields);
}
