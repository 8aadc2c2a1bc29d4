import { COLLECTIONS } from '../../contracts/collections';
import type { GeoPoint } from '../../contracts/geo';
import type { NodeKind } from '../../contracts/roles';
import { db } from '../cloud';
import { byId, rows } from '../shared/docs';

export type OrgNodeDoc = {
  _id: string;
  kind: NodeKind;
  name: string;
  parentId: string | null;
  path: string[];
  address: string;
  location: GeoPoint;
  contact?: { name: string; phone: string };
  childCount: number;
  /** Station settings; later capabilities add theirs. */
  settings?: { volunteerReview?: boolean; wishPoints?: number };
  createdAt: number;
};

const nodes = () => db().collection(COLLECTIONS.orgNodes);

export async function findNode(id: string): Promise<OrgNodeDoc | null> {
  return byId<OrgNodeDoc>(COLLECTIONS.orgNodes, id);
}

/** Children of a node (or the top of the tree for null), by name; one read of limit + 1 to know if more follow. */
export async function childrenOf(parentId: string | null, offset: number, limit: number) {
  const found = await rows<OrgNodeDoc>(nodes().where({ parentId }).orderBy('name', 'asc').skip(offset).limit(limit + 1));
  return { items: found.slice(0, limit), hasMore: found.length > limit };
}

/** Stations inside a lat/lng box: one indexed read, at most 100. */
export async function stationsInBox(box: { minLat: number; maxLat: number; minLng: number; maxLng: number }) {
  const _ = db().command;
  return rows<OrgNodeDoc>(
    nodes()
    .where({
      kind: 'station',
      'location.lat': _.gte(box.minLat).and(_.lte(box.maxLat)),
      'location.lng': _.gte(box.minLng).and(_.lte(box.maxLng)),
    })
    .limit(100),
  );
}
