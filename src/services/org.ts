import type { OrgInputs, OrgOutput } from '@/contracts/org';
import { apiOf } from './actions';

/** Typed wrappers over the `org` cloud function. */
export const orgApi = apiOf<OrgInputs, OrgOutput>('org');
