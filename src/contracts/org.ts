import * as z from 'zod';
import { GeoPointSchema, type GeoPoint } from './geo';
import type { Page } from './paging';
import { pageFields } from './paging-schema';
import type { NodeKind } from './roles';

export const ORG_ACTIONS = ['tree', 'node', 'nearestStations'] as const;
export type OrgAction = (typeof ORG_ACTIONS)[number];

const id = z.string().trim().min(1).max(64);

export const OrgInput = {
  /** Children of a node (the top of the tree — the center — when parentId is absent), paged in name order. */
  tree: z.object({ parentId: id.optional(), ...pageFields(100, 50) }),
  node: z.object({ id }),
  /** Stations nearest a point, nearest first; the next page continues with the next nearest. */
  nearestStations: GeoPointSchema.extend(pageFields(20, 5)),
} satisfies Record<OrgAction, z.ZodType>;

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

export type NearStation = OrgNodeView & { distanceM: number };

export type OrgOutput = {
  tree: Page<OrgNodeView> & { parent?: OrgNodeView };
  node: OrgNodeView & { ancestors: Pick<OrgNodeView, 'id' | 'name' | 'kind'>[] };
  nearestStations: Page<NearStation>;
};
