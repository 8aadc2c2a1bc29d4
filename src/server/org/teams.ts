import { COLLECTIONS } from '../../contracts/collections';
import { byId } from '../shared/docs';

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
