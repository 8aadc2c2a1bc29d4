import type { OrgAction } from '../../contracts/org';
import { createRouter, type Action } from '../router';
import { nearestStations } from './nearest-stations';
import { node } from './node';
import { tree } from './tree';

export const orgMain = createRouter('org', {
  tree,
  node,
  nearestStations,
} satisfies Record<OrgAction, Action<any, any>>);
