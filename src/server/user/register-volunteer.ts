import { UserInput } from '../../contracts/user.schema';
import { AppError } from '../errors';
import { requireStation } from '../org/stations';
import { defineAction } from '../router';
import { registrationOutcome } from './registration';
import { mutateUser, type StoredGrant } from './repo';
import { toUserView } from './view';

/**
 * Real-name registration (or an update of one's details). Approved at once unless the station asks
 * staff to review volunteers; an approved volunteer holds the `volunteer` role at their station.
 */
export const registerVolunteer = defineAction({
  input: UserInput.registerVolunteer,
  write: true,
  async handle({ realName, phone, stationId, skills }, ctx) {
    await ctx.me();
    const station = await requireStation(stationId);
    const user = await mutateUser(ctx.userId, ctx.now, (cur) => {
      const prev = cur.volunteer;
      // The rule previewRegistration shows beforehand (registration.ts), applied to the record as it is now.
      const status = registrationOutcome(prev, station).statusAfter;
      const others = cur.roles.filter((g) => g.role !== 'volunteer');
      const grant: StoredGrant = {
        role: 'volunteer',
        nodeId: station._id,
        nodeName: station.name,
        grantedAt: ctx.now,
        grantedBy: 'registration',
      };
      return {
        volunteer: {
          realName,
          phone,
          stationId: station._id,
          stationName: station.name,
          stationPath: station.path,
          skills: [...new Set(skills)],
          status,
          registeredAt: prev?.registeredAt ?? ctx.now,
        },
        roles: status === 'approved' ? [...others, grant] : others,
        ...(cur.homeStationId ? {} : { homeStationId: station._id, homeStationName: station.name, homeStationPath: station.path }),
      };
    });
    if (!user) throw new AppError('UNAUTHENTICATED');
    return toUserView(user, user);
  },
});
