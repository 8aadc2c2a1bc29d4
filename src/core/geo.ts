import type { GeoPoint } from '../contracts/geo';

const EARTH_RADIUS_M = 6_371_008.8;
const rad = (d: number) => (d * Math.PI) / 180;

/** Great-circle distance in metres. GCJ-02 offsets are locally uniform, so this holds for nearby points. */
export function distanceM(a: GeoPoint, b: GeoPoint): number {
  const dLat = rad(b.lat - a.lat);
  const dLng = rad(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** A lat/lng box that contains every point within radiusM of the centre. */
export function boundingBox(c: GeoPoint, radiusM: number): { minLat: number; maxLat: number; minLng: number; maxLng: number } {
  const dLat = (radiusM / EARTH_RADIUS_M) * (180 / Math.PI);
  const cos = Math.max(0.01, Math.cos(rad(c.lat)));
  const dLng = dLat / cos;
  return { minLat: c.lat - dLat, maxLat: c.lat + dLat, minLng: c.lng - dLng, maxLng: c.lng + dLng };
}

/** Sort by distance from c, nearest first; ties keep their order. */
export function byDistance<T extends { location: GeoPoint }>(c: GeoPoint, items: T[]): (T & { distanceM: number })[] {
  return items.map((it) => ({ ...it, distanceM: Math.round(distanceM(c, it.location)) })).sort((x, y) => x.distanceM - y.distanceM);
}
