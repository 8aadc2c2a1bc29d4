import { AppError } from '../errors';
import { findNode, type OrgNodeDoc } from './repo';

/** The station a user named, or STATION_NOT_FOUND / NOT_A_STATION. */
export async function requireStation(id: string): Promise<OrgNodeDoc> {
  const node = await findNode(id);
  if (!node) throw new AppError('STATION_NOT_FOUND');
  if (node.kind !== 'station') throw new AppError('NOT_A_STATION');
  return node;
}
