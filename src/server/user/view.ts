import type { RoleView, UserView } from '../../contracts/user';
import { isAdmin, isStaffAnywhere, isStaffOver } from '../../core/access';
import { maskPhone } from '../../core/mask';
import { serviceSummary, type ServiceTotals } from '../attendance/totals';
import type { UserDoc } from './repo';

/**
 * A user as `reader` may see them: the full phone only for the owner and staff over the owner's station.
 */
export function toUserView(user: UserDoc, reader: UserDoc | null): UserView {
  const self = !!reader && reader._id === user._id;
  const v = user.volunteer;
  const seesPhone = self || (!!reader && !!v && isStaffOver(reader, v.stationPath));
  const roles: RoleView[] = user.roles.map((g) => ({
    role: g.role,
    nodeId: g.nodeId,
    nodeName: g.nodeName,
    ...(g.teamId ? { teamId: g.teamId } : {}),
    ...(g.proxy ? { proxy: true } : {}),
  }));
  return {
    id: user._id,
    nickname: user.nickname,
    ...(user.homeStationId ? { homeStationId: user.homeStationId, homeStationName: user.homeStationName } : {}),
    roles,
    staff: isStaffAnywhere(user),
    ...(isAdmin(user) ? { admin: true } : {}),
    ...(v
      ? {
          volunteer: {
            realName: v.realName,
            phone: seesPhone ? v.phone : maskPhone(v.phone),
            stationId: v.stationId,
            skills: v.skills,
            status: v.status,
            registeredAt: v.registeredAt,
            ...(v.reviewNote ? { reviewNote: v.reviewNote } : {}),
            ...serviceSummary(user as UserDoc & ServiceTotals),
          },
        }
      : {}),
    createdAt: user.createdAt,
    self,
  };
}
