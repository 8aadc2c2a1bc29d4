import * as z from 'zod';
import type { GeoPoint } from './geo';
import type { Same } from './same';

/** A GCJ-02 point, as WeChat's getLocation({ type: 'gcj02' }) gives it. */
export const GeoPointSchema = z.object({
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
});
export const _geoPointMatches: Same<z.output<typeof GeoPointSchema>, GeoPoint> = true;

/** A list input's optional caller position, from which a nearest-first sort measures. */
export const positionFields = GeoPointSchema.partial().shape;

/** Nearest-first needs the caller's position: a list input adds `.check(nearestNeedsPosition)`. */
export const nearestNeedsPosition = z.refine<{ sort?: string; lat?: number; lng?: number }>(
  (v) => v.sort !== 'nearest' || (v.lat !== undefined && v.lng !== undefined),
  { message: '按距离排序需要您的位置', path: ['lat'] },
);
