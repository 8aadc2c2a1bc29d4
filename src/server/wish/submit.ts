import { WishInput } from '../../contracts/wish.schema';
import { freeSlot, NEW_WISH_STATUS, slotNames, WISH_RULES, wishPoints } from '../../core/wish';
import { canSubmitAsProxy } from '../../core/wish-access';
import { AppError } from '../errors';
import { requireStation } from '../org/stations';
import { defineAction } from '../router';
import { audit, targetOf } from '../shared/audit';
import { checkTexts, SCENE } from '../shared/content-check';
import { checkPhotos } from '../market/media-apply';
import { isDuplicateKey } from '../shared/docs';
import { newId } from '../shared/ids';
import { refuseIf } from '../shared/guards';
import { insertWish, withSlotsHeld, type WishDoc } from './repo';
import { viewFor } from './view';

/**
 * A resident posts a wish for themself (at most 3 unfinished), or staff record one on a resident's behalf
 * (a grid worker for anyone, any staff for a resident without a phone). Every wish waits for review; one
 * whose text the content check wants a person to read is flagged for the queue.
 */
export const submit = defineAction({
  input: WishInput.submit,
  write: true,
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
    const id = newId('w', ctx.now);
    const draft: WishDoc = {
      _id: id,
      status: NEW_WISH_STATUS,
      title: input.title,
      story: input.story,
      category: input.category,
      valueFen: input.valueFen,
      photos: input.photos,
      beneficiary: { name: beneficiary.name, ...(beneficiary.phone ? { phone: beneficiary.phone } : {}), address: beneficiary.address },
      ownerId: me._id,
      proxy: input.proxy,
      countsTowardLimit,
      ownerSlot: id,
      claimSlot: id,
      points: wishPoints(station.settings?.wishPoints),
      stationId: station._id,
      stationName: station.name,
      stationPath: station.path,
      location: station.location,
      flagged: review.length > 0,
      flaggedFields: review,
      ...(input.proxy && !beneficiary.phone
        ? {
            // Copied now: the claimer of a wish whose resident has no phone calls these (the station's public
            // contact, the grid worker), and a later edit of the station leaves this record as it was made.
            contacts: {
              ...(station.contact ? { station: station.contact } : {}),
              proxy: { name: me.volunteer?.realName ?? me.nickname, ...(input.workPhone ? { phone: input.workPhone } : {}) },
            },
          }
        : {}),
      createdAt: ctx.now,
      updatedAt: ctx.now,
    };
    const wish = countsTowardLimit ? await insertInOwnSlot(draft) : await insertWish(draft);
    // Every photo goes to WeChat's image check; a verdict other than pass flags the wish for its review.
    ctx.notify(...(await checkPhotos(ctx.openid, { kind: 'wish', id: wish._id }, input.photos, ctx.now)).notices);
    if (input.proxy) {
      await audit(ctx, {
        action: 'wish.proxySubmit',
        ...targetOf('wish', wish),
        detail: { flagged: wish.flagged },
      });
    }
    return viewFor(wish, me);
  },
});

/**
 * Inserts a resident's own wish holding one of their free unfinished-wish slots (`ownerSlot`, unique), so
 * the cap of 3 holds under any concurrency: an insert that lost its slot to a simultaneous submission looks
 * again and takes the next, or answers WISH_LIMIT_REACHED.
 */
async function insertInOwnSlot(draft: WishDoc): Promise<WishDoc> {
  const slots = slotNames(draft.ownerId, WISH_RULES.maxUnfinishedPerResident);
  for (let attempt = 0; attempt <= slots.length; attempt++) {
    const ownerSlot = freeSlot(slots, (await withSlotsHeld(undefined, 'ownerSlot', slots)).held);
    if (!ownerSlot) break;
    const wish = { ...draft, ownerSlot };
    try {
      return await insertWish(wish);
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
    }
  }
  throw new AppError('WISH_LIMIT_REACHED');
}
