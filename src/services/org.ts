import type { Result } from '@/contracts/result';
import type { OrgInputs, OrgOutput } from '@/contracts/org';
import { call } from './api';

const FN = 'org';

type In<A extends keyof OrgInputs> = OrgInputs[A];

/** Typed wrappers over the `org` cloud function. */
export const orgApi = {
  /** Children of a node (the center's when parentId is absent), paged by name. */
  tree: (input: In<'tree'> = {}): Promise<Result<OrgOutput['tree']>> => call(FN, 'tree', input),
  node: (input: In<'node'>): Promise<Result<OrgOutput['node']>> => call(FN, 'node', input),
  /** GCJ-02 point → nearest stations with distances. */
  nearestStations: (input: In<'nearestStations'>): Promise<Result<OrgOutput['nearestStations']>> => call(FN, 'nearestStations', input),
};
