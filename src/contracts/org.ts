import type { GeoPoint } from './geo';
import type { Page, PageRequest } from './paging';
import type { NodeKind } from './roles';

export type OrgAction = keyof OrgInputs;

/** What each action takes, as pages send it (./org.schema.ts parses exactly this). */
export type OrgInputs = {
  /** Children of a node (the top of the tree — the center — when parentId is absent), paged in name order. */
  tree: { parentId?: string } & PageRequest;
  node: { id: string };
  /** Stations nearest a point, nearest first; the next page continues with the next nearest. */
  nearestStations: GeoPoint & PageRequest;
};

export type OrgNodeView = {
  id: string;
  kind: NodeKind;
  name: string;
  parentId?: string;
  /** Ids from the center down to this node, itself included. */
  path: string[];
  address: string;
  location: GeoPoint;
  contact?: { name: string; phone: string };
  childCount?: number;
};

/** What a view says of the station it belongs to: the id to act on and the name to show. */
export type AtStation = { stationId: string; stationName: string };

export type NearStation = OrgNodeView & { distanceM: number };

export type OrgOutput = {
  tree: Page<OrgNodeView> & { parent?: OrgNodeView };
  node: OrgNodeView & { ancestors: Pick<OrgNodeView, 'id' | 'name' | 'kind'>[] };
  nearestStations: Page<NearStation>;
};
