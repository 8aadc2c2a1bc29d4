import * as z from 'zod';
import type { GeoPoint } from './geo';
import type { Same } from './same';

/** A GCJ-02 point, as WeChat's getLocation({ type: 'gcj02' }) gives it. */
export const GeoPointSchema = z.object({
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
});
export const _geoPointMatches: Same<z.output<typeof GeoPointSchema>, GeoPoint> = true;
