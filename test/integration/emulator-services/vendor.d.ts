/** Types for the two test-only decoders (pngjs 3.4.0, qrcode-reader 1.0.4), which ship none. */
declare module 'pngjs' {
  export const PNG: { sync: { read(buf: Buffer): { width: number; height: number; data: Buffer } } };
}
declare module 'qrcode-reader' {
  type Bitmap = { width: number; height: number; data: Buffer | Uint8Array };
  class QrCode {
    callback: (err: unknown, value?: { result: string }) => void;
    decode(bitmap: Bitmap): void;
  }
  export = QrCode;
}
