import type { AdminOutput } from '../../contracts/admin';
import { AdminInput } from '../../contracts/admin.schema';
import { isStaffOver } from '../../core/access';
import { AppError } from '../errors';
import { findNode } from '../org/repo';
import { teamsAt } from '../org/teams';
import { defineAction } from '../router';
import { requireStaff } from './guards';

/**
 * The volunteer teams of one station in the caller's scope, by name: what 角色管理 offers when it makes a
 * leader (a center admin's scope is the county). A station outside the scope is OUT_OF_SCOPE, an unknown
 * node NODE_NOT_FOUND, a node that is no station NOT_A_STATION (teams belong to stations).
 * Reads: the caller, the station, a page of its teams.
 */
export const scopeTeams = defineAction({
  input: AdminInput.scopeTeams,
  authorize: requireStaff,
  async handle({ stationId, cursor, limit }, ctx): Promise<AdminOutput['scopeTeams']> {
    const [me, station] = await Promise.all([ctx.me(), findNode(stationId)]);
    if (!station) throw new AppError('NODE_NOT_FOUND');
    if (!isStaffOver(me, station.path)) throw new AppError('OUT_OF_SCOPE');
    if (station.kind !== 'station') throw new AppError('NOT_A_STATION');
    const page = await teamsAt(stationId, { cursor, limit });
    return {
      items: page.items.map((t) => ({ id: t._id, name: t.name, stationId: t.stationId, stationName: station.name })),
      next: page.next,
    };
  },
});
