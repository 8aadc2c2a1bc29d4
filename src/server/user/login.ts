import { UserInput } from '../../contracts/user.schema';
import { defineAction } from '../router';
import { findUser, insertUser, type UserDoc } from './repo';
import { toUserView } from './view';

/** Creates the user at their first call (everyone is a resident); answers the profile and roles. */
export const login = defineAction({
  input: UserInput.login,
  async handle(_input, ctx) {
    const existing = await ctx.caller();
    if (existing) return { user: toUserView(existing, existing), isNew: false };
    const doc: UserDoc = {
      _id: ctx.userId,
      openid: ctx.openid,
      nickname: `居民${ctx.userId.slice(-4).toUpperCase()}`,
      roles: [],
      createdAt: ctx.now,
      updatedAt: ctx.now,
    };
    const created = await insertUser(doc);
    const user = created ? doc : ((await findUser(ctx.userId)) ?? doc);
    return { user: toUserView(user, user), isNew: created };
  },
});
