import { UserInput } from '../../contracts/user.schema';
import { isAdmin, isStaffAnywhere, stationInScope } from '../../core/access';
import { AppError } from '../errors';
import { defineAction } from '../router';
import { findUser } from './repo';
import { toUserView } from './view';

/** One's own profile, or — for staff over the user's station — someone else's. */
export const profile = defineAction({
  input: UserInput.profile,
  async handle({ userId }, ctx) {
    const me = await ctx.me();
    if (!userId || userId === me._id) return toUserView(me, me);
    const user = await findUser(userId);
    if (!isStaffAnywhere(me)) throw new AppError('FORBIDDEN');
    if (!user) throw new AppError('USER_NOT_FOUND');
    if (!isAdmin(me) && !stationInScope(me, user)) throw new AppError('OUT_OF_SCOPE');
    return toUserView(user, me);
  },
});
