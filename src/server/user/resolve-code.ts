import { USER_CODE, type PersonView } from '../../contracts/user';
import { UserInput } from '../../contracts/user.schema';
import { isStaffAnywhere, staffScopes } from '../../core/access';
import { AppError } from '../errors';
import { defineAction } from '../router';
import { audit } from '../shared/audit';
import { signingSecret, verifyToken } from '../shared/signed-token';
import { USER_CODE_PURPOSE } from './my-code';
import { findUser } from './repo';
import { toPersonView } from './person-view';

/** A little slack for a phone whose clock runs ahead of the server's. */
const CLOCK_SKEW_MS = 60_000;

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
    const checked = verifyToken(await signingSecret(), USER_CODE_PURPOSE, code.replace(/\s+/g, ''));
    if (!checked.ok) throw new AppError('USER_CODE_INVALID');
    const { u, t } = checked.payload;
    if (typeof u !== 'string' || typeof t !== 'number') throw new AppError('USER_CODE_INVALID');
    if (t > ctx.now + CLOCK_SKEW_MS || ctx.now - t > USER_CODE.maxAgeMs) throw new AppError('USER_CODE_EXPIRED');
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
