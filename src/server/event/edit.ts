import { EventInput, type EventParsed } from '../../contracts/event.schema';
import { EVENT_MACHINE, shrinkingSlot, timeProblems } from '../../core/event';
import { EDITABLE_AFTER_OPENING, editLocked } from '../../core/event-access';
import { db } from '../cloud';
import { AppError } from '../errors';
import { defineAction } from '../router';
import { audit } from '../shared/audit';
import { checkTexts } from '../shared/content-check';
import { asOrganiser, refuseTimes } from './guards';
import { eventNotice } from './notices';
import { eventTexts, newSlots, spanOf } from './publish';
import { slotField, transitionEvent, type EventDoc } from './repo';
import { fillFreeSeats } from './seats';
import { toEventView } from './view';

type Input = EventParsed<'edit'>;
const FREE_FIELDS = [
  'title',
  'category',
  'description',
  'address',
  'location',
  'checkInRadiusM',
  'signUpOpensAt',
  'signUpClosesAt',
  'pointsPerHour',
  'intensity',
] as const;
/** Hand-overs run at once when many seats are added (each claims a different waiting place). */
const FILL_WORKERS = 10;

/**
 * An organiser edits an event. Before sign-up opens (and while nobody holds a place) anything may change,
 * the slots too; the write requires that still to hold, so a sign-up that got in first makes it fail.
 * After that only the description, the address and more seats: each raised capacity is written only where
 * it is still lower (capacity never shrinks), and the new seats go straight to the waitlist in line order,
 * each promoted volunteer told once.
 */
export const edit = defineAction({
  input: EventInput.edit,
  write: true,
  async handle(input, ctx) {
    const { me, ev } = await asOrganiser(ctx, input.id);
    if (!EVENT_MACHINE.next(ev.status, 'edit')) throw new AppError('EVENT_CANCELLED');
    const given = (Object.keys(input) as (keyof Input)[]).filter((k) => k !== 'id' && input[k] !== undefined);
    const locked = editLocked(ev, ctx.now);
    if (locked && given.some((k) => !(EDITABLE_AFTER_OPENING as readonly string[]).includes(k))) throw new AppError('EVENT_EDIT_LOCKED');

    const { patch, match, grown } = locked ? capacityPatch(ev, input) : freePatch(ev, input, ctx.now);
    const texts = { title: input.title, description: input.description, address: input.address };
    const { review } = await checkTexts(ctx.openid, eventTexts(texts));
    const flaggedFields = [...new Set([...ev.flaggedFields.filter((f) => !given.includes(f as keyof Input)), ...review])];
    Object.assign(patch, { flagged: flaggedFields.length > 0, flaggedFields, updatedAt: ctx.now });
    if (!(await transitionEvent(ev._id, 'edit', match, patch))) throw new AppError('CONFLICT');

    const after = applied(ev, input, locked, flaggedFields, ctx.now);
    let promoted = 0;
    for (const i of grown) {
      const list = await fillFreeSeats(after, i, ctx.now, after.slots[i].capacity - ev.slots[i].capacity, FILL_WORKERS);
      for (const p of list) ctx.notify(eventNotice(p, 'promoted'));
      promoted += list.length;
    }
    await audit(ctx, {
      action: 'event.edit',
      targetType: 'event',
      targetId: ev._id,
      nodePath: ev.stationPath,
      detail: { fields: given, promoted },
    });
    return { ...toEventView(after, { reader: me, places: [] }, ctx.now), promoted };
  },
});

/** After sign-up opened: description, address and raised capacities, each only where still lower. */
function capacityPatch(ev: EventDoc, input: Input) {
  const patch: Record<string, unknown> = {};
  const match: Record<string, unknown> = {};
  const grown: number[] = [];
  if (input.description !== undefined) patch.description = input.description;
  if (input.address !== undefined) patch.address = input.address;
  const caps = input.capacities ?? [];
  if (shrinkingSlot(ev.slots, caps)) throw new AppError('EVENT_CAPACITY_DECREASE');
  for (const c of caps) {
    const i = ev.slots.findIndex((s) => s.id === c.slotId);
    if (i < 0) throw new AppError('EVENT_SLOT_NOT_FOUND');
    if (ev.slots[i].status !== 'open') throw new AppError('EVENT_SLOT_CANCELLED');
    if (c.capacity === ev.slots[i].capacity) continue;
    patch[slotField(i, 'capacity')] = c.capacity;
    Object.assign(match, { [slotField(i, 'id')]: c.slotId, [slotField(i, 'capacity')]: db().command.lte(c.capacity) });
    grown.push(i);
  }
  return { patch, match, grown };
}

/** Before sign-up opens: any field; new slots replace the old. The write requires nobody to hold a place yet. */
function freePatch(ev: EventDoc, input: Input, now: number) {
  const patch: Record<string, unknown> = {};
  for (const k of FREE_FIELDS) if (input[k] !== undefined) patch[k] = input[k];
  const slots = input.slots
    ? newSlots(ev._id, input.slots)
    : ev.slots.map((s) => ({ ...s, capacity: input.capacities?.find((c) => c.slotId === s.id)?.capacity ?? s.capacity }));
  if (input.capacities?.some((c) => !ev.slots.some((s) => s.id === c.slotId))) throw new AppError('EVENT_SLOT_NOT_FOUND');
  if (input.slots || input.capacities) Object.assign(patch, { slots, ...spanOf(slots) });
  const times = {
    signUpOpensAt: input.signUpOpensAt ?? ev.signUpOpensAt,
    signUpClosesAt: input.signUpClosesAt ?? ev.signUpClosesAt,
    slots,
  };
  if (times.signUpClosesAt <= times.signUpOpensAt) refuseTimes([{ field: 'signUpClosesAt', message: '报名截止时间要晚于报名开始时间' }]);
  refuseTimes(timeProblems(times, now));
  const match: Record<string, unknown> = { signUpOpensAt: db().command.gt(now) };
  ev.slots.forEach((_s, i) => Object.assign(match, { [slotField(i, 'taken')]: 0, [slotField(i, 'waitSeq')]: 0 }));
  return { patch, match, grown: [] as number[] };
}

/** The event as the edit left it (without reading it again). */
function applied(ev: EventDoc, input: Input, locked: boolean, flaggedFields: string[], now: number): EventDoc {
  if (locked) {
    const slots = ev.slots.map((s) => ({
      ...s,
      capacity: Math.max(s.capacity, input.capacities?.find((c) => c.slotId === s.id)?.capacity ?? 0),
    }));
    return {
      ...ev,
      description: input.description ?? ev.description,
      address: input.address ?? ev.address,
      slots,
      flaggedFields,
      flagged: flaggedFields.length > 0,
      updatedAt: now,
    };
  }
  const fields = Object.fromEntries(FREE_FIELDS.filter((k) => input[k] !== undefined).map((k) => [k, input[k]]));
  const slots = input.slots
    ? newSlots(ev._id, input.slots)
    : ev.slots.map((s) => ({ ...s, capacity: input.capacities?.find((c) => c.slotId === s.id)?.capacity ?? s.capacity }));
  return { ...ev, ...fields, slots, ...spanOf(slots), flaggedFields, flagged: flaggedFields.length > 0, updatedAt: now };
}
