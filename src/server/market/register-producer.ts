import { MarketInput } from '../../contracts/market.schema';
import { PRODUCER_MACHINE } from '../../core/market';
import { isStaffOver, notStaffRefusal } from '../../core/access';
import { AppError } from '../errors';
import { requireStation } from '../org/stations';
import { defineAction } from '../router';
import { audit, targetOf } from '../shared/audit';
import { checkTexts, SCENE } from '../shared/content-check';
import { newId } from '../shared/ids';
import { refuseIf } from '../shared/guards';
import { findProducer, insertProducer, ownProducerId, transitionProducer, type ProducerDoc } from './producer-repo';
import { toProducerView } from './view';

/**
 * A villager registers at a station to sell there (name, phone, village); the station's staff review it.
 * One registration per account (its id is derived from the account), so a second one — or two at once —
 * answers MARKET_PRODUCER_EXISTS; a rejected villager may apply again. Staff (`proxy`) register a villager
 * without a phone of their own: there is nobody else to review that, so it is approved at once, audited.
 */
export const registerProducer = defineAction({
  input: MarketInput.registerProducer,
  write: true,
  async handle(input, ctx) {
    const me = await ctx.me();
    const station = await requireStation(input.stationId);
    if (input.proxy && !isStaffOver(me, station.path)) refuseIf(notStaffRefusal(me));
    await checkTexts(ctx.openid, [
      { field: 'name', label: '姓名', text: input.name, scene: SCENE.profile },
      { field: 'village', label: '所在村（社区）', text: input.village, scene: SCENE.profile },
    ]);
    const fields = {
      name: input.name,
      phone: input.phone,
      village: input.village,
      stationId: station._id,
      stationName: station.name,
      stationPath: station.path,
      registeredAt: ctx.now,
      registeredBy: me._id,
      updatedAt: ctx.now,
    };

    if (input.proxy) {
      const doc: ProducerDoc = {
        _id: newId('pp', ctx.now),
        ...fields,
        status: 'approved',
        supported: false,
        proxy: true,
        reviewedBy: me._id,
        reviewedAt: ctx.now,
      };
      await insertProducer(doc);
      await audit(ctx, {
        action: 'market.proxyRegisterProducer',
        ...targetOf('producer', doc),
        detail: {},
      });
      return toProducerView(doc, me);
    }

    const id = ownProducerId(me._id);
    const fresh: ProducerDoc = { _id: id, userId: me._id, ...fields, status: 'pending', supported: false, proxy: false };
    if (await insertProducer(fresh)) return toProducerView(fresh, me);
    // Registered before: only a rejected registration may apply again, with what it says now.
    const current = await findProducer(id);
    if (!current || !PRODUCER_MACHINE.next(current.status, 'reapply')) throw new AppError('MARKET_PRODUCER_EXISTS');
    if (!(await transitionProducer(id, 'reapply', { ...fields, reviewNote: '' }))) throw new AppError('MARKET_PRODUCER_EXISTS');
    return toProducerView({ ...current, ...fields, status: 'pending', reviewNote: '' }, me);
  },
});
