import { UserInput } from '../../contracts/user.schema';
import { AppError } from '../errors';
import { audit } from '../shared/audit';
import { requireStaffOver } from '../shared/guards';
import { defineAction } from '../router';
import { findUser, mutateUser } from './repo';
import { toUserView } from './view';

/** Staff over the volunteer's station approve or turn down a registration that waits for review. */
export const reviewVolunteer = defineAction({
  input: UserInput.reviewVolunteer,
  write: true,
  async handle({ userId, approve, note }, ctx) {
    const target = await findUser(userId);
    if (!target?.volunteer) throw new AppError('USER_NOT_FOUND');
    await requireStaffOver(ctx, target.volunteer.stationPath);
    const user = await mutateUser(userId, ctx.now, (cur) => {
      const v = cur.volunteer;
      if (!v || v.status !== 'pending') throw new AppError('NOT_PENDING');
      const others = cur.roles.filter((g) => g.role !== 'volunteer');
      const grant = { role: 'volunteer' as const, nodeId: v.stationId, nodeName: v.stationName, grantedAt: ctx.now, grantedBy: ctx.userId };
      return {
        volunteer: { ...v, status: approve ? 'approved' : 'rejected', reviewedBy: ctx.userId, ...(note ? { reviewNote: note } : {}) },
        roles: approve ? [...others, grant] : others,
      };
    });
    if (!user) throw new AppError('USER_NOT_FOUND');
    await audit(ctx, {
      action: approve ? 'volunteer.approve' : 'volunteer.reject',
      targetType: 'user',
      targetId: userId,
      nodePath: target.volunteer.stationPath,
      detail: note ? { note } : {},
    });
    return toUserView(user, await ctx.me());
  },
});
