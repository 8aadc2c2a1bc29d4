import { USER_CODE, type UserCodeView } from '../../contracts/user';
import { UserInput } from '../../contracts/user.schema';
import { defineAction } from '../router';
import { signingSecret, signToken } from '../shared/signed-token';
import { USER_CODE_PURPOSE } from './user-code';

/**
 * The caller's 个人码: `usercode.<{u,t}>.<mac>`, signed by the server. No database read beyond the caller
 * (and the secret, once per instance); nothing is stored, so a code cannot be looked up, only verified.
 * A screenshot goes stale after USER_CODE.maxAgeMs; the page asks again every USER_CODE.refreshMs.
 */
export const myCode = defineAction({
  input: UserInput.myCode,
  async handle(_input, ctx): Promise<UserCodeView> {
    const me = await ctx.me();
    const code = signToken(await signingSecret(), USER_CODE_PURPOSE, { u: me._id, t: ctx.now });
    return { code, issuedAt: ctx.now, expiresAt: ctx.now + USER_CODE.maxAgeMs };
  },
});
