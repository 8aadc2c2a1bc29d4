import type { MySignUpView } from '../../contracts/event';
import { EventInput } from '../../contracts/event.schema';
import type { Page } from '../../contracts/paging';
import { defineAction } from '../router';
import { minePage } from './signups-repo';
import { toMySignUp } from './view';

/**
 * 我的报名: the caller's places on slots not over yet (seats and waitlist places, soonest first), or on
 * slots that are over (whatever became of them, latest first). One read a page.
 */
export const mySignUps = defineAction({
  input: EventInput.mySignUps,
  async handle({ when, cursor, limit }, ctx): Promise<Page<MySignUpView>> {
    const page = await minePage(ctx.userId, when, ctx.now, { cursor, limit });
    return { items: page.items.map(toMySignUp), next: page.next };
  },
});
