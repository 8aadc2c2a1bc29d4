import { COLLECTIONS } from '../../contracts/collections';
import type { SealFields } from '../../contracts/service-records';
import { db } from '../cloud';
import { byId } from '../shared/docs';

/** A station's seal image and signatories for 志愿服务证明 (collection station_seals, `_id` the station's id). */
export type SealDoc = SealFields & { _id: string; stationName: string; updatedAt: number; updatedBy: string };

export const findSeal = (stationId: string): Promise<SealDoc | null> => byId<SealDoc>(COLLECTIONS.stationSeals, stationId);

/** Sets (or replaces) a station's seal: one write (an upsert by id). */
export async function saveSeal(doc: SealDoc): Promise<void> {
  const { _id, ...data } = doc;
  await db().collection(COLLECTIONS.stationSeals).doc(_id).set({ data });
}
