import type { PendingVolunteerView, PersonView } from '../../contracts/user';
import { isAdmin, stationInScope, type Grants } from '../../core/access';
import { maskPhone } from '../../core/mask';
import type { UserDoc } from './repo';

/** A person as staff find them: the phone masked (staff who need it open the registration), the station. */
export function toPersonView(user: UserDoc, staff: Grants): PersonView {
  const v = user.volunteer;
  const stationName = user.homeStationName ?? v?.stationName;
  return {
    id: user._id,
    nickname: user.nickname,
    ...(v ? { realName: v.realName, phone: maskPhone(v.phone) } : {}),
    ...(stationName ? { stationName } : {}),
    inScope: isAdmin(staff) || !!stationInScope(staff, user),
  };
}

export function toPendingVolunteer(user: UserDoc & { volunteer: NonNullable<UserDoc['volunteer']> }): PendingVolunteerView {
  const v = user.volunteer;
  return {
    id: user._id,
    nickname: user.nickname,
    realName: v.realName,
    phone: v.phone,
    stationId: v.stationId,
    stationName: v.stationName,
    skills: v.skills,
    registeredAt: v.registeredAt,
  };
}
