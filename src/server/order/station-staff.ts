import { isStaffAnywhere, isStaffOver } from '../../core/access';
import { AppError } from '../errors';
import { findNode, type OrgNodeDoc } from '../org/repo';
import type { UserDoc } from '../user/repo';

/**
 * The pickup station `stationId`, for staff who may act there (over it, or a center admin), or the refusal:
 * FORBIDDEN for someone who is staff nowhere (checked before the station is read), NODE_NOT_FOUND for an
 * unknown id or a node that is no station, OUT_OF_SCOPE for staff elsewhere. One read.
 */
export async function requireStationStaff(me: UserDoc, stationId: string): Promise<OrgNodeDoc> {
  if (!isStaffAnywhere(me)) throw new AppError('FORBIDDEN');
  const station = await findNode(stationId);
  if (!station || station.kind !== 'station') throw new AppError('NODE_NOT_FOUND');
  if (!isStaffOver(me, station.path)) throw new AppError('OUT_OF_SCOPE');
  return station;
}
