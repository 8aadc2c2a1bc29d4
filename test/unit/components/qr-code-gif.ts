/**
 * A minimal GIF reader for the QR code's test: one image, a global palette, LZW data (what qrcode-generator
 * writes). It answers an RGBA bitmap that qrcode-reader reads — so the test checks the picture, not the
 * generator's own matrix.
 */
export function readGif(dataUrl: string): { width: number; height: number; data: Uint8Array } {
  const bytes = Buffer.from(dataUrl.replace(/^data:image\/gif;base64,/, ''), 'base64');
  if (bytes.toString('latin1', 0, 3) !== 'GIF') throw new Error('not a GIF');
  const flags = bytes[10];
  const palette: number[][] = [];
  let p = 13;
  if (flags & 0x80) {
    for (let i = 0; i < 1 << ((flags & 7) + 1); i++, p += 3) palette.push([bytes[p], bytes[p + 1], bytes[p + 2]]);
  }
  while (bytes[p] !== 0x2c) p += bytes[p] === 0x21 ? 3 + bytes[p + 2] + 1 : 1; // skip extensions
  const width = bytes.readUInt16LE(p + 5);
  const height = bytes.readUInt16LE(p + 7);
  p += 10;
  const minCode = bytes[p++];
  const chunks: Buffer[] = [];
  while (bytes[p] !== 0) {
    chunks.push(bytes.subarray(p + 1, p + 1 + bytes[p]));
    p += bytes[p] + 1;
  }
  const indices = lzw(Buffer.concat(chunks), minCode, width * height);
  const data = new Uint8Array(width * height * 4);
  indices.forEach((c, i) => data.set([...palette[c], 255], i * 4));
  return { width, height, data };
}

function lzw(data: Buffer, minCode: number, count: number): number[] {
  const clear = 1 << minCode;
  const end = clear + 1;
  let size = minCode + 1;
  let dict: number[][] = [];
  const reset = () => {
    dict = Array.from({ length: clear + 2 }, (_, i) => [i]);
    size = minCode + 1;
  };
  reset();
  const out: number[] = [];
  let prev: number[] | null = null;
  let bit = 0;
  while (out.length < count && bit + size <= data.length * 8) {
    let code = 0;
    for (let i = 0; i < size; i++, bit++) code |= ((data[bit >> 3] >> (bit & 7)) & 1) << i;
    if (code === clear) {
      reset();
      prev = null;
      continue;
    }
    if (code === end) break;
    const entry: number[] = dict[code] ?? (prev ? [...prev, prev[0]] : []);
    out.push(...entry);
    if (prev) dict.push([...prev, entry[0]]);
    prev = entry;
    if (dict.length === 1 << size && size < 12) size++;
  }
  return out;
}
