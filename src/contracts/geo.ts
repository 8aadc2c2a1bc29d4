/** A GCJ-02 point, as WeChat's getLocation({ type: 'gcj02' }) gives it. The schema is in ./geo.schema.ts. */
export type GeoPoint = { lat: number; lng: number };
