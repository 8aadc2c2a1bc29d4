/** Arrange steps the points tests share. */
import type { Caller, LocalCloud } from '../../helpers/local-cloud';

/** A resident after the first login, with `stationId` as home station when given. */
export async function residentAt(cloud: LocalCloud, openid: string, stationId?: string): Promise<Caller> {
  const c = await cloud.as(openid);
  await c.ok('user', 'login');
  if (stationId) await c.ok('user', 'setHomeStation', { stationId });
  return c;
}
