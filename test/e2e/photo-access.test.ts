import type { Page } from 'playwright-core';
import { getCloud } from '../../src/server/cloud';
import { useAppInBrowser } from '../helpers/e2e';

const app = useAppInBrowser();
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

/** What an <image> of the H5 app does with a cloud file id: load `/api/file?fileID=…` (photoSrc). Width, or -1. */
function showInImg(page: Page, fileID: string): Promise<number> {
  return page.evaluate(
    (src) =>
      new Promise<number>((resolve) => {
        const img = new Image();
        img.onload = () => resolve(img.naturalWidth);
        img.onerror = () => resolve(-1);
        img.src = src;
      }),
    `/api/file?fileID=${encodeURIComponent(fileID)}`,
  );
}

/**
 * A photo in the H5 app is an <img> on the gateway's /api/file, which answers only a signed-in caller: an
 * <img> sends no bearer token, so it rides on the session cookie the sign-in sets. A phone on which nobody
 * signed in gets nothing.
 */
test('a signed-in phone shows a stored photo; a phone nobody signed in on cannot load it', async () => {
  const { fileID } = await getCloud().uploadFile({ cloudPath: 'e2e/photo.png', fileContent: PNG });
  const stranger = await app.newPhone();
  expect(await showInImg(stranger, fileID)).toBe(-1);
  const resident = await app.signIn('demo-resident');
  expect(await showInImg(resident, fileID)).toBe(1);
  // The cookie is HttpOnly: the page's scripts cannot read it.
  expect(await resident.evaluate(() => document.cookie)).not.toContain('civic_file_session');
});
