/** The org function's input schemas (functions parse with these; pages import ./org instead). */
import * as z from 'zod';
import { actionInputs } from './inputs.schema';
import { GeoPointSchema } from './geo.schema';
import type { OrgAction, OrgInputs } from './org';
import { pageFields } from './paging.schema';
import type { AllSame, Same } from './same';

const id = z.string().trim().min(1).max(64);

export const OrgInput = actionInputs({
  /** Children of a node (the top of the tree — the center — when parentId is absent), paged in name order. */
  tree: () => z.object({ parentId: id.optional(), ...pageFields(100, 50) }),
  node: () => z.object({ id }),
  /** Stations nearest a point, nearest first; the next page continues with the next nearest. */
  nearestStations: () => GeoPointSchema.extend(pageFields(20, 5)),
}) satisfies Record<OrgAction, z.ZodType>;

export const _orgInputsMatch: AllSame<{ [A in OrgAction]: Same<z.input<(typeof OrgInput)[A]>, OrgInputs[A]> }> = true;
