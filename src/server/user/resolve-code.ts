import type { PersonView } from '../../contracts/user';
import { UserInput } from '../../contracts/user.schema';
import { isStaffAnywhere, staffScopes } from '../../core/access';
import { AppError } from '../errors';
import { defineAction } from '../router';
import { audit } from '../shared/audit';
import { findUser } from './repo';
import { toPersonView } from './person-view';
import { readUserCode } from './user-code';

/**
 * Staff read a 个人码 (scanned, or pasted in H5) and learn whose it is. Showing one's code is consent to be
 * found, so a valid fresh code answers the person wherever they live (`inScope` says whether they belong to
 * the caller's area; what staff may then do is each action's own rule — civility awards go to any
 * resident). Audited, like a search.
 */
export const resolveCode = defineAction({
  input: UserInput.resolveCode,
  async handle({ code }, ctx): Promise<PersonView> {
    const me = await ctx.me();
    if (!isStaffAnywhere(me)) throw new AppError('FORBIDDEN');
    const { userId: u } = await readUserCode(code, ctx.now);
    const user = await findUser(u);
    if (!user) throw new AppError('USER_NOT_FOUND');
    const person = toPersonView(user, me);
    await audit(ctx, {
      action: 'user.resolveCode',
      targetType: 'user',
      targetId: u,
      nodePath: user.homeStationPath ?? user.volunteer?.stationPath ?? staffScopes(me),
      detail: {},
    });
    return person;
  },
});
