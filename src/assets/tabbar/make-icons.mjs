// Writes the tab-bar icons (81×81 PNG, one colour + alpha) with nothing but node:zlib.
// Run: node src/assets/tabbar/make-icons.mjs   (the PNGs beside this file are committed)
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SIZE = 81;
const SS = 4; // supersampling per axis, for smooth edges
const COLORS = { normal: [0x6b, 0x6b, 0x6b], active: [0xc8, 0x16, 0x1d] };

// ---- shapes: functions (x, y) → boolean, in a 0..81 coordinate space ----
const circle = (cx, cy, r) => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
const rect = (x0, y0, x1, y1) => (x, y) => x >= x0 && x <= x1 && y >= y0 && y <= y1;
const ellipse = (cx, cy, rx, ry) => (x, y) => ((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2 <= 1;
const polygon = (pts) => (x, y) => {
  let inside = false;
  for (let i = 0, j = pts.length - 1; i < pts.length; j = i++) {
    const [xi, yi] = pts[i];
    const [xj, yj] = pts[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
};
const ring = (cx, cy, r0, r1) => (x, y) => {
  const d = (x - cx) ** 2 + (y - cy) ** 2;
  return d >= r0 * r0 && d <= r1 * r1;
};
const union =
  (...fs) =>
  (x, y) =>
    fs.some((f) => f(x, y));
const minus =
  (a, ...bs) =>
  (x, y) =>
    a(x, y) && !bs.some((b) => b(x, y));
const and = (a, b) => (x, y) => a(x, y) && b(x, y);

const ICONS = {
  // 首页: a house with a door
  home: minus(
    union(
      polygon([
        [40.5, 10],
        [72, 38],
        [64, 38],
        [64, 70],
        [17, 70],
        [17, 38],
        [9, 38],
      ]),
    ),
    rect(34, 48, 47, 70),
  ),
  // 心愿: a heart
  wish: (x, y) => {
    const u = (x - 40.5) / 30;
    const v = (44 - y) / 30;
    return (u * u + v * v - 1) ** 3 - u * u * v * v * v <= 0;
  },
  // 活动: a flag on a pole
  event: union(
    rect(16, 10, 22, 72),
    polygon([
      [22, 12],
      [66, 12],
      [56, 26],
      [66, 40],
      [22, 40],
    ]),
    ellipse(19, 72, 9, 3),
  ),
  // 集市: a basket with a handle
  market: union(
    polygon([
      [10, 36],
      [71, 36],
      [62, 70],
      [19, 70],
    ]),
    and(ring(40.5, 36, 17, 23), (x, y) => y <= 36),
  ),
  // 我的: a person
  me: union(
    circle(40.5, 25, 14),
    and(ellipse(40.5, 72, 28, 29), (x, y) => y <= 71),
  ),
};

function render(shape, [r, g, b]) {
  const raw = Buffer.alloc((SIZE * 4 + 1) * SIZE);
  for (let y = 0; y < SIZE; y++) {
    const row = y * (SIZE * 4 + 1);
    raw[row] = 0; // filter: none
    for (let x = 0; x < SIZE; x++) {
      let hits = 0;
      for (let sy = 0; sy < SS; sy++) for (let sx = 0; sx < SS; sx++) if (shape(x + (sx + 0.5) / SS, y + (sy + 0.5) / SS)) hits++;
      const a = Math.round((hits * 255) / (SS * SS));
      const o = row + 1 + x * 4;
      if (a > 0) {
        raw[o] = r;
        raw[o + 1] = g;
        raw[o + 2] = b;
      }
      raw[o + 3] = a;
    }
  }
  return png(raw);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(raw) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(SIZE, 0);
  ihdr.writeUInt32BE(SIZE, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const here = dirname(fileURLToPath(import.meta.url));
for (const [name, shape] of Object.entries(ICONS)) {
  for (const [state, color] of Object.entries(COLORS)) {
    const file = join(here, `${name}${state === 'active' ? '-active' : ''}.png`);
    const buf = render(shape, color);
    writeFileSync(file, buf);
    console.log(`${file} ${buf.length} B`);
  }
}
