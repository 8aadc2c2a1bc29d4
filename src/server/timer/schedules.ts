import type { Schedule } from './job';

/**
 * WeChat gives a cloud function one timer trigger, so `timer` has one: `tick` (config.json), at second 0
 * of every fifth minute, China time; each tick runs the schedules due at the time it fired. Hourly jobs
 * ride the tick at minute 0–4; should that tick be missed, their queries ("due before T") catch up an hour
 * later.
 */
export const TICK_MINUTES = 5;

/** Schedules in the order their jobs run: the frequent ones first, their delay matters most. */
export const SCHEDULES: readonly Schedule[] = ['every5Minutes', 'hourly'];

/** The schedules a tick fired at `firedAt` (epoch ms) runs. China time is UTC+8, so minutes agree with UTC. */
export function schedulesDueAt(firedAt: number): Schedule[] {
  const minute = new Date(firedAt).getUTCMinutes();
  return SCHEDULES.filter((s) => s === 'every5Minutes' || minute < TICK_MINUTES);
}
