import { API_BASE } from './env';

/** URLs from this session's uploads (services/upload); other photos come through the local gateway's file route. */
const known = new Map<string, string>();

/** Upload remembers the URL its answer named, so this session shows the photo without another request. */
export function rememberPhoto(fileID: string, url: string): void {
  known.set(fileID, url);
}

/**
 * Something an <Image> can show for a cloud file id, or undefined when this device cannot show it.
 * H5: the gateway's /api/file answers only a signed-in caller; an <img> cannot send the bearer token, so it
 * relies on the HttpOnly session cookie the gateway sets at sign-in (and on each call) for that one route.
 * Its own module: cards on the tab pages show photos, and the upload code stays in the subpackages.
 */
export function photoSrc(fileID: string): string | undefined {
  if (process.env.TARO_ENV === 'weapp') return fileID;
  return known.get(fileID) ?? `${API_BASE}/api/file?fileID=${encodeURIComponent(fileID)}`;
}
