import { useMemo } from 'react';
import { Image, Text, View } from '@tarojs/components';
import qrcode from 'qrcode-generator';
import './index.scss';

export type QrCodeSize = 'large' | 'medium' | 'small';

export type QrCodeProps = {
  /** What the code says (a check-in token, a 个人码, a verification link). */
  text: string;
  /** large 400px (the leader's screen, scanned from a step away), medium 320px, small 200px (a printed sheet). */
  size?: QrCodeSize;
  id?: string;
  /** Read out by screen readers, e.g. "签到码". */
  label?: string;
  className?: string;
};

// Pixels per module: a crisp image at about twice the largest display size, so no phone scales it up blurred.
const CELL = 8;
// The quiet zone the QR standard asks for: 4 modules of white on every side.
const QUIET_MODULES = 4;

/**
 * The text's UTF-8 bytes as a string of char codes 0–255: the generator's byte mode keeps only the low byte of
 * each char code (its ES module build has no UTF-8 option), and readers decode the bytes as UTF-8.
 */
function utf8Bytes(text: string): string {
  return encodeURIComponent(text).replace(/%([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * A black-and-white GIF data URL of `text` as a QR code (error correction M: a phone screen with some glare or
 * a slightly creased print still reads), or null when the text is empty or too long for any QR version.
 * Drawn in plain JS, no canvas, so it is the same in weapp and H5.
 */
export function qrDataUrl(text: string): string | null {
  if (!text) return null;
  try {
    const qr = qrcode(0, 'M');
    qr.addData(utf8Bytes(text), 'Byte');
    qr.make();
    return qr.createDataURL(CELL, CELL * QUIET_MODULES);
  } catch {
    return null;
  }
}

/** A QR code drawn on the client from a string; redraws only when the string changes. */
export default function QrCode({ text, size = 'medium', id, label, className = '' }: QrCodeProps) {
  const url = useMemo(() => qrDataUrl(text), [text]);
  return (
    <View id={id} className={`qr-code qr-code--${size} ${className}`} data-text={text}>
      {url ? (
        // The code is square and so is the box: fill it (aspectFit in H5 positions the image absolutely, off centre).
        <Image className='qr-code__image' src={url} mode='scaleToFill' aria-label={label ?? '二维码'} />
      ) : (
        <Text className='qr-code__none'>二维码暂时显示不了</Text>
      )}
    </View>
  );
}
