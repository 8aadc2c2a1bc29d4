import { OrgInput } from '../../contracts/org';
import { boundingBox, byDistance } from '../../core/geo';
import { defineAction } from '../router';
import { stationsInBox } from './repo';
import { toNodeView } from './view';

/** Radii tried in turn until enough stations are found: a village, a township, a county, a prefecture. */
const RADII_M = [3_000, 15_000, 60_000, 250_000];

/** Stations nearest a GCJ-02 point, nearest first. Usually one read; never the whole collection. */
export const nearestStations = defineAction({
  input: OrgInput.nearestStations,
  async handle({ lat, lng, limit }) {
    const centre = { lat, lng };
    let found: ReturnType<typeof toNodeView>[] = [];
    for (const r of RADII_M) {
      found = (await stationsInBox(boundingBox(centre, r))).map(toNodeView);
      if (found.length >= limit) break;
    }
    return { items: byDistance(centre, found).slice(0, limit) };
  },
});
