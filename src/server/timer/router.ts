import { createRouter } from '../router';
import { every5Minutes, hourly, tick } from './ticks';

const route = createRouter('timer', { tick, hourly, every5Minutes });

/**
 * Cloud function `timer`: its cron trigger names the action ({ Type: 'Timer', TriggerName: 'tick', Time }).
 * The trigger's firing time sits at the top of the event, outside `data`; it is handed to the action as
 * input so the schedules due are those of the tick, not of a late start.
 */
export async function timerMain(event: unknown) {
  const e = event as { Type?: unknown; Time?: unknown; data?: unknown } | null;
  const fromTrigger = !!e && typeof e === 'object' && e.Type === 'Timer' && e.data === undefined;
  return route(fromTrigger ? { ...e, data: { firedAt: typeof e.Time === 'string' ? e.Time : undefined } } : event);
}
