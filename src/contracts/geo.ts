import * as z from 'zod';

/** A GCJ-02 point, as WeChat's getLocation({ type: 'gcj02' }) gives it. */
export const GeoPointSchema = z.object({
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
});
export type GeoPoint = z.infer<typeof GeoPointSchema>;
