import { WishInput } from '../../contracts/wish';
import { WISH_RULES } from '../../core/wish';
import { canSubmitAsProxy } from '../../core/wish-access';
import { AppError } from '../errors';
import { requireStation } from '../org/stations';
import { defineAction } from '../router';
import { audit } from '../shared/audit';
import { checkTexts, SCENE } from '../shared/content-check';
import { newId } from '../shared/ids';
import { giveSlot, takeSlot } from './counters';
import { refuseIf } from './guards';
import { insertWish, type WishDoc } from './repo';
import { toWishView } from './view';

/**
 * A resident posts a wish for themself (at most 3 unfinished), or staff record one on a resident's behalf
 * (a grid worker for anyone, any staff for a resident without a phone). Every wish waits for review; one
 * whose text the content check wants a person to read is flagged for the queue.
 */
export const submit = defineAction({
  input: WishInput.submit,
  async handle(input, ctx) {
    const me = await ctx.me();
    const stationId = input.stationId ?? me.homeStationId;
    if (!stationId) throw new AppError('HOME_STATION_REQUIRED');
    const station = await requireStation(stationId);
    const { beneficiary } = input;
    if (input.proxy) refuseIf(canSubmitAsProxy(me, station.path, !!beneficiary.phone));
    else if (!beneficiary.phone) {
      throw new AppError('WISH_PHONE_REQUIRED', undefined, { 'beneficiary.phone': '请填写受助人的手机号码' });
    }

    const { review } = await checkTexts(ctx.openid, [
      { field: 'title', label: '心愿标题', text: input.title, scene: SCENE.forum },
      { field: 'story', label: '心愿故事', text: input.story, scene: SCENE.forum },
      { field: 'beneficiary.name', label: '受助人姓名', text: beneficiary.name, scene: SCENE.profile },
      { field: 'beneficiary.address', label: '地址', text: beneficiary.address, scene: SCENE.profile },
    ]);

    const countsTowardLimit = !input.proxy;
    if (countsTowardLimit && !(await takeSlot(me._id, 'openWishes', WISH_RULES.maxUnfinishedPerResident))) {
      throw new AppError('WISH_LIMIT_REACHED');
    }
    const wish: WishDoc = {
      _id: newId('w', ctx.now),
      status: 'pending_review',
      title: input.title,
      story: input.story,
      category: input.category,
      valueFen: input.valueFen,
      photos: input.photos,
      beneficiary: { name: beneficiary.name, ...(beneficiary.phone ? { phone: beneficiary.phone } : {}), address: beneficiary.address },
      ownerId: me._id,
      proxy: input.proxy,
      countsTowardLimit,
      stationId: station._id,
      stationName: station.name,
      stationPath: station.path,
      location: station.location,
      flagged: review.length > 0,
      flaggedFields: review,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    };
    try {
      await insertWish(wish);
    } catch (err) {
      if (countsTowardLimit) await giveSlot(me._id, 'openWishes');
      throw err;
    }
    if (input.proxy) {
      await audit(ctx, { action: 'wish.proxySubmit', targetType: 'wish', targetId: wish._id, nodePath: station.path, detail: { flagged: wish.flagged } });
    }
    return toWishView(wish, 'owner');
  },
});
