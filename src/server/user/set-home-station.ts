import { UserInput } from '../../contracts/user.schema';
import { AppError } from '../errors';
import { requireStation } from '../org/stations';
import { defineAction } from '../router';
import { mutateUser } from './repo';
import { toUserView } from './view';

export const setHomeStation = defineAction({
  input: UserInput.setHomeStation,
  async handle({ stationId }, ctx) {
    await ctx.me();
    const station = await requireStation(stationId);
    const user = await mutateUser(ctx.userId, ctx.now, () => ({
      homeStationId: station._id,
      homeStationName: station.name,
      homeStationPath: station.path,
    }));
    if (!user) throw new AppError('UNAUTHENTICATED');
    return toUserView(user, user);
  },
});
