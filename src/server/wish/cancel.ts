import { WishInput } from '../../contracts/wish.schema';
import { canCancel } from '../../core/wish-access';
import { requireNext, wishWrite, wrongState } from './guards';
import { refuseIf } from '../shared/guards';
import { ownerSlotFreed, transition } from './repo';
import { viewFor } from './view';

/** The resident (or the proxy who recorded it) withdraws a wish nobody has claimed yet. */
export const cancel = wishWrite(WishInput.cancel, async (wish, me, { id }, ctx) => {
  refuseIf(canCancel(wish, me));
  const status = requireNext(wish.status, 'cancel');
  const patch = { cancelledAt: ctx.now, ...ownerSlotFreed(id), updatedAt: ctx.now };
  if (!(await transition(id, 'cancel', { ownerId: me._id }, patch))) throw wrongState('cancel');
  return viewFor({ ...wish, ...patch, status }, me);
});
