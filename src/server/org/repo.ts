import { COLLECTIONS } from '../../contracts/collections';
import type { GeoPoint } from '../../contracts/geo';
import type { Page } from '../../contracts/paging';
import type { NodeKind } from '../../contracts/roles';
import { db } from '../cloud';
import { byId, keysetRead, rows } from '../shared/docs';
import type { Order, PageRequest } from '../shared/paging';

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

/** Name order; `_id` after it, so two nodes of the same name under one parent still page exactly once. */
const BY_NAME: Order = [
  ['name', 'asc', 'string'],
  ['_id', 'asc', 'string'],
];

/** Children of a node (or the top of the tree for null), by name, after the cursor: one read of limit + 1. */
export function childrenOf(parentId: string | null, req: PageRequest): Promise<Page<OrgNodeDoc>> {
  return keysetRead<OrgNodeDoc>(COLLECTIONS.orgNodes, { parentId }, BY_NAME, req);
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
