import type { SealView } from '../../contracts/service-records';
import { AttendanceInput } from '../../contracts/attendance.schema';
import { defineAction } from '../router';
import { fail } from './guards';
import { asStaffOver } from './scope';
import { findSeal, type SealDoc } from './seals-repo';

export const toSealView = (stationId: string, stationName: string, s: SealDoc | null): SealView => ({
  stationId,
  stationName,
  ...(s
    ? { seal: { fileId: s.fileId, head: s.head, handler: s.handler, phone: s.phone, updatedAt: s.updatedAt, updatedBy: s.updatedBy } }
    : {}),
});

/** A station's seal and signatories, for its staff: the caller, the station, the seal. */
export const seal = defineAction({
  input: AttendanceInput.seal,
  async handle({ stationId }, ctx): Promise<SealView> {
    const { node } = await asStaffOver(ctx, stationId);
    if (node.kind !== 'station') fail('SEAL_STATION_INVALID');
    return toSealView(node._id, node.name, await findSeal(node._id));
  },
});
