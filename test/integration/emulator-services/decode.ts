/** Decodes a PNG with pngjs and reads the QR code in it with qrcode-reader — both independent of the emulator. */
import { PNG } from 'pngjs';
import QrCode from 'qrcode-reader';

export const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export function readPng(bytes: Buffer): { width: number; height: number; data: Buffer } {
  return PNG.sync.read(bytes);
}

export function readQr(bytes: Buffer): Promise<string> {
  const png = readPng(bytes);
  return new Promise((resolve, reject) => {
    const qr = new QrCode();
    qr.callback = (err, value) => (err || !value ? reject(err ?? new Error('no QR code')) : resolve(value.result));
    qr.decode({ width: png.width, height: png.height, data: png.data });
  });
}
