/**
 * wxacode.getUnlimited → a real QR code PNG (WeChat draws a "sun code"; a QR code is what a local
 * machine can draw and any scanner can read). It encodes `<page>?scene=<scene>`, the path and query
 * the mini-program would open. WeChat's checks: scene ≤ 32 visible characters from a fixed set
 * (errcode 40169), page without a leading "/" (41030); width is clamped to 280–1280 (default 430).
 */
import QRCode from 'qrcode-terminal/vendor/QRCode';
import ErrorLevel from 'qrcode-terminal/vendor/QRCode/QRErrorCorrectLevel';
import { encodeGreyPng } from './png';
import { type OpenApiOutput, wxError } from './wechat';

const SCENE = /^[0-9A-Za-z!#$&'()*+,/:;=?@\-._~]{1,32}$/;
const DEFAULT_PAGE = 'pages/index/index';
const QUIET_ZONE = 4; // modules of white border the QR standard asks for

/** The module matrix of a QR code for `text` (UTF-8, byte mode, error correction M). */
export function qrMatrix(text: string): boolean[][] {
  const qr = new QRCode(-1, ErrorLevel.M);
  qr.addData(Buffer.from(text, 'utf8').toString('latin1')); // the encoder writes one byte per char code
  qr.make();
  const n = qr.getModuleCount();
  return Array.from({ length: n }, (_, r) => Array.from({ length: n }, (_, c) => qr.isDark(r, c)));
}

/** A `width`×`width` PNG of the QR code of `text`, centred with at least the quiet zone around it. */
export function qrPng(text: string, width: number): Buffer {
  const m = qrMatrix(text);
  const n = m.length;
  const scale = Math.max(1, Math.floor(width / (n + 2 * QUIET_ZONE)));
  const size = Math.max(width, (n + 2 * QUIET_ZONE) * scale);
  const offset = Math.floor((size - n * scale) / 2);
  return encodeGreyPng(size, size, (x, y) => {
    const c = Math.floor((x - offset) / scale);
    const r = Math.floor((y - offset) / scale);
    return x >= offset && y >= offset && r < n && c < n && m[r][c] ? 0 : 255;
  });
}

export function getUnlimited(params: Record<string, unknown>): OpenApiOutput {
  const { scene, page } = params;
  if (typeof scene !== 'string' || !SCENE.test(scene)) {
    return { json: wxError(40169, 'invalid length for scene, or the data is not json') };
  }
  if (page !== undefined && (typeof page !== 'string' || page.startsWith('/') || page.includes('?'))) {
    return { json: wxError(41030, 'invalid page hint: page must not start with "/" nor carry a query') };
  }
  const w = typeof params.width === 'number' && Number.isFinite(params.width) ? params.width : 430;
  const width = Math.min(1280, Math.max(280, Math.round(w)));
  const text = `${(page as string | undefined) || DEFAULT_PAGE}?scene=${encodeURIComponent(scene)}`;
  return { contentType: 'image/png', body: qrPng(text, width) };
}
