/** @jest-environment jsdom */
import { render } from '@testing-library/react';
import QrCodeReader from 'qrcode-reader';
import QrCode, { qrDataUrl } from '@/components/qr-code';
import { readGif } from './qr-code-gif';

function readQr(dataUrl: string): Promise<string> {
  const bitmap = readGif(dataUrl);
  return new Promise((resolve, reject) => {
    const reader = new QrCodeReader();
    reader.callback = (err, value) => (err || !value ? reject(err ?? new Error('no QR code')) : resolve(value.result));
    reader.decode(bitmap);
  });
}

// A check-in token's shape: <purpose>.<base64url payload>.<base64url mac>, about 70 characters.
const TOKEN = 'ci.eyJzIjoiZXYtMTIzI3MwIiwidCI6MTc2NDU5MDQwMDAwMCwibiI6IjRmOWEifQ.Qm9vZ0xxV2JfR3l6N0tZcg';

describe('QrCode', () => {
  it.each([
    ['a check-in token', TOKEN],
    ['a verification number', 'VR-2026-000123'],
    ['Chinese text (UTF-8 bytes)', '东门社区站 志愿服务记录'],
  ])('draws %s as an image a QR reader reads back exactly', async (_what, text) => {
    const { container } = render(<QrCode text={text} id='code' />);
    const img = container.querySelector('img');
    expect(img?.getAttribute('src')).toMatch(/^data:image\/gif;base64,/);
    await expect(readQr(img!.getAttribute('src')!)).resolves.toBe(text);
    // The string stays readable in the page (a test or a helper can read it as a scanner would).
    expect(document.getElementById('code')?.getAttribute('data-text')).toBe(text);
  });

  it('keeps a white quiet zone of 4 modules around the code', () => {
    const { width, data } = readGif(qrDataUrl(TOKEN)!);
    const white = (x: number, y: number) => data[(y * width + x) * 4] === 255;
    const band = 8 * 4; // 8 px a module × 4 modules
    let dark = 0;
    for (let i = 0; i < width; i++) {
      for (let d = 0; d < band; d++) {
        for (const ok of [white(i, d), white(d, i), white(i, width - 1 - d), white(width - 1 - d, i)]) if (!ok) dark++;
      }
    }
    expect(dark).toBe(0);
    expect(white(band, band)).toBe(false); // the finder pattern's corner starts right after it
  });

  it('a new string draws a new picture (the rotating code refreshes)', async () => {
    const { container, rerender } = render(<QrCode text={`${TOKEN}A`} />);
    const first = container.querySelector('img')!.getAttribute('src');
    rerender(<QrCode text={`${TOKEN}B`} />);
    const second = container.querySelector('img')!.getAttribute('src')!;
    expect(second).not.toBe(first);
    await expect(readQr(second)).resolves.toBe(`${TOKEN}B`);
  });

  it('says so in words, with no broken image, when there is nothing to draw or the text is too long', () => {
    for (const text of ['', 'x'.repeat(3000)]) {
      const { container, unmount } = render(<QrCode text={text} />);
      expect(container.querySelector('img')).toBeNull();
      expect(container.textContent).toBe('二维码暂时显示不了');
      unmount();
    }
  });
});
