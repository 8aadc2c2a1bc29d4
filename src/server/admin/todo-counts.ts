import type { AdminOutput } from '../../contracts/admin';
import { AdminInput } from '../../contracts/admin.schema';
import { staffScopes } from '../../core/access';
import { defineAction } from '../router';
import { requireStaff } from './guards';
import { TODO_COUNTERS } from './todos';

/** What waits for the caller in their scope: one count query per registered counter, all at once. */
export const todoCounts = defineAction({
  input: AdminInput.todoCounts,
  authorize: requireStaff,
  async handle(_input, ctx): Promise<AdminOutput['todoCounts']> {
    const scopes = staffScopes(await ctx.me());
    const counts = await Promise.all(TODO_COUNTERS.map((t) => t.count(scopes, ctx.now)));
    return { items: TODO_COUNTERS.map((t, i) => ({ key: t.key, label: t.label, route: t.route, count: counts[i] })) };
  },
});
