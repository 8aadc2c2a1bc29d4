import type { NodeKind } from '../../contracts/roles';
import { AppError } from '../errors';

type StationSettings = { wishPoints?: number; volunteerReview?: boolean };

/** Wish points and volunteer review are a station's settings; on any other node they are refused. */
export function stationOnly(kind: NodeKind, s: StationSettings): StationSettings | undefined {
  const given = Object.fromEntries(Object.entries(s).filter(([, v]) => v !== undefined)) as StationSettings;
  if (!Object.keys(given).length) return undefined;
  if (kind !== 'station') {
    const field = Object.keys(given)[0];
    throw new AppError('VALIDATION_FAILED', '心愿积分和志愿者审核只能设置在村（社区）站点上', { [field]: '只能设置在站点上' });
  }
  return given;
}
