import type { RegistrationPreview } from '../../contracts/user';
import { UserInput } from '../../contracts/user.schema';
import { requireStation } from '../org/stations';
import { defineAction } from '../router';
import { registrationOutcome } from './registration';

/**
 * What saving a registration at `stationId` would do, before the caller saves: approved at once, or
 * waiting for the station's review — and whether an approved volunteer loses the role meanwhile. The same
 * rule registerVolunteer applies (registration.ts), so the page's warning and the save never disagree.
 */
export const previewRegistration = defineAction({
  input: UserInput.previewRegistration,
  async handle({ stationId }, ctx): Promise<RegistrationPreview> {
    const me = await ctx.me();
    const station = await requireStation(stationId);
    const outcome = registrationOutcome(me.volunteer, station);
    return { stationId: station._id, stationName: station.name, ...outcome };
  },
});
