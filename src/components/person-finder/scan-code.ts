import Taro from '@tarojs/taro';
import { isUserCodeText } from '@/contracts/user';

/** A pasted or scanned 个人码 without the spaces a copy may carry; undefined when it is not one. */
export function readUserCode(raw: string): string | undefined {
  const code = raw.replace(/\s+/g, '');
  return isUserCodeText(code) ? code : undefined;
}

/** Scans a QR code with the camera and hands its text on; closing the camera does nothing. */
export async function scanQrThen(handle: (text: string) => Promise<unknown>): Promise<void> {
  try {
    const { result } = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] });
    if (result) await handle(result);
  } catch {
    // Closed the camera: nothing to do.
  }
}
