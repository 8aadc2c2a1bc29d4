import { createRouter } from '../router';
import { hourly } from './hourly';

/** Cloud function `timer`: cron triggers name the action ({ Type: 'Timer', TriggerName: 'hourly' }). */
export const timerMain = createRouter('timer', { hourly });
