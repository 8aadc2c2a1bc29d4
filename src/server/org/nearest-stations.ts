import { type NearStation, type OrgOutput } from '../../contracts/org';
import { OrgInput } from '../../contracts/org.schema';
import type { GeoPoint } from '../../contracts/geo';
import { boundingBox, byDistance } from '../../core/geo';
import { defineAction } from '../router';
import { badCursor, decodeCursor, encodeCursor } from '../shared/paging';
import { stationsInBox } from './repo';
import { toNodeView } from './view';

/** Radii tried in turn until enough stations are found: a village, a township, a county, a prefecture. */
const RADII_M = [3_000, 15_000, 60_000, 250_000];
const WIDEST = RADII_M.length - 1;
/** The cursor: [the radius to start from, the last station's distance and id]. */
const CURSOR = 'near-stations';

/** Nearest first; the id orders stations at the same (whole-metre) distance, so the order is total. */
function nearestFirst(centre: GeoPoint, stations: ReturnType<typeof toNodeView>[]): NearStation[] {
  return byDistance(centre, stations).sort((x, y) => x.distanceM - y.distanceM || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}

/**
 * Stations nearest a GCJ-02 point, nearest first. Usually one read; never the whole collection. The
 * order is computed in memory over a box that widens until it holds a page, so a page continues after the
 * last station shown (its distance and id: a keyset over the computed order, which stays right when the
 * next page needs a wider box) and starts at the radius the previous page reached.
 */
export const nearestStations = defineAction({
  input: OrgInput.nearestStations,
  async handle({ lat, lng, cursor, limit }): Promise<OrgOutput['nearestStations']> {
    const [from, afterM, afterId] = (cursor === undefined ? [0, -1, ''] : decodeCursor(cursor, CURSOR, ['number', 'number', 'string'])) as [
      number,
      number,
      string,
    ];
    if (!Number.isInteger(from) || from < 0 || from > WIDEST) throw badCursor();
    const centre = { lat, lng };
    let r = from;
    let rest: NearStation[] = [];
    for (; ; r++) {
      const found = nearestFirst(centre, (await stationsInBox(boundingBox(centre, RADII_M[r]))).map(toNodeView));
      rest = found.filter((s) => s.distanceM > afterM || (s.distanceM === afterM && s.id > afterId));
      if (rest.length >= limit || r === WIDEST) break;
    }
    const items = rest.slice(0, limit);
    const last = items[items.length - 1];
    // More follow when this box holds more than a page; a box that held exactly a page and is not the widest
    // may leave more beyond it, so the next page starts one radius wider.
    const nextRadius = rest.length > limit ? r : rest.length === limit && r < WIDEST ? r + 1 : -1;
    return { items, next: last && nextRadius >= 0 ? encodeCursor(CURSOR, [nextRadius, last.distanceM, last.id]) : null };
  },
});
