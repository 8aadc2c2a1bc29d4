import { COLLECTIONS } from '../../contracts/collections';
import type { Page } from '../../contracts/paging';
import { byId, keysetRead } from '../shared/docs';
import { orderBy, type PageRequest } from '../shared/paging';

export type TeamDoc = {
  _id: string;
  name: string;
  stationId: string;
  stationPath: string[];
  leaderIds: string[];
  createdAt: number;
};

export async function findTeam(id: string): Promise<TeamDoc | null> {
  return byId<TeamDoc>(COLLECTIONS.teams, id);
}

/** A station's teams by name: one read a page (index stationId). */
export function teamsAt(stationId: string, page: PageRequest): Promise<Page<TeamDoc>> {
  return keysetRead<TeamDoc>(COLLECTIONS.teams, { stationId }, orderBy('name', 'asc', 'string'), page);
}
