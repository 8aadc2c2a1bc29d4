import { boundingBox, byDistance, distanceM } from '@/core/geo';

describe('distanceM', () => {
  it('is zero for the same point and symmetric', () => {
    const a = { lat: 26.7261, lng: 110.6319 };
    const b = { lat: 26.6587, lng: 110.7091 };
    expect(distanceM(a, a)).toBe(0);
    expect(distanceM(a, b)).toBeCloseTo(distanceM(b, a), 6);
  });
  it('measures one degree of latitude as about 111.2 km', () => {
    expect(distanceM({ lat: 26, lng: 110 }, { lat: 27, lng: 110 })).toBeGreaterThan(111_000);
    expect(distanceM({ lat: 26, lng: 110 }, { lat: 27, lng: 110 })).toBeLessThan(111_400);
  });
});

describe('boundingBox', () => {
  it('contains every point within the radius', () => {
    const c = { lat: 26.7, lng: 110.6 };
    const box = boundingBox(c, 5_000);
    for (let deg = 0; deg < 360; deg += 15) {
      const r = 4_999 / 6_371_008.8;
      const p = {
        lat: c.lat + (r * Math.cos((deg * Math.PI) / 180) * 180) / Math.PI,
        lng: c.lng + (r * Math.sin((deg * Math.PI) / 180) * 180) / Math.PI / Math.cos((c.lat * Math.PI) / 180),
      };
      expect(distanceM(c, p)).toBeLessThan(5_000);
      expect(p.lat).toBeGreaterThanOrEqual(box.minLat);
      expect(p.lat).toBeLessThanOrEqual(box.maxLat);
      expect(p.lng).toBeGreaterThanOrEqual(box.minLng);
      expect(p.lng).toBeLessThanOrEqual(box.maxLng);
    }
  });
});

describe('byDistance', () => {
  it('orders nearest first and rounds metres', () => {
    const c = { lat: 26.7, lng: 110.6 };
    const items = [
      { id: 'far', location: { lat: 26.8, lng: 110.6 } },
      { id: 'near', location: { lat: 26.701, lng: 110.6 } },
    ];
    const sorted = byDistance(c, items);
    expect(sorted.map((s) => s.id)).toEqual(['near', 'far']);
    expect(Number.isInteger(sorted[0].distanceM)).toBe(true);
    expect(sorted[0].distanceM).toBeGreaterThan(100);
    expect(sorted[0].distanceM).toBeLessThan(120);
  });
});
