import * as z from 'zod';
import { GeoPointSchema, type GeoPoint } from './geo';
import type { NodeKind } from './roles';

export const ORG_ACTIONS = ['tree', 'node', 'nearestStations'] as const;
export type OrgAction = (typeof ORG_ACTIONS)[number];

const id = z.string().trim().min(1).max(64);

export const OrgInput = {
  /** Children of a node (the top of the tree — the center — when parentId is absent), paged by name order. */
  tree: z.object({
    parentId: id.optional(),
    offset: z.number().int().min(0).max(10_000).default(0),
    limit: z.number().int().min(1).max(100).default(50),
  }),
  node: z.object({ id }),
  nearestStations: GeoPointSchema.extend({ limit: z.number().int().min(1).max(20).default(5) }),
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
  tree: { items: OrgNodeView[]; hasMore: boolean; parent?: OrgNodeView };
  node: OrgNodeView & { ancestors: Pick<OrgNodeView, 'id' | 'name' | 'kind'>[] };
  nearestStations: { items: NearStation[] };
};
