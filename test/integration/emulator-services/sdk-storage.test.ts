/** cloud.uploadFile / getTempFileURL / downloadFile / deleteFile through the real wx-server-sdk 4.0.2. */
import { randomBytes } from 'node:crypto';
import { rejection, useSdkEmulator } from './sdk-setup';

const emu = useSdkEmulator();

const tempUrl = async (fileID: string, maxAge?: number): Promise<{ tempFileURL: string; status: number }> => {
  const res = (await emu.cloud.getTempFileURL({ fileList: [maxAge ? { fileID, maxAge } : fileID] } as never)) as {
    fileList: { tempFileURL: string; status: number }[];
  };
  expect(res.fileList).toHaveLength(1);
  return res.fileList[0];
};

const deleteFiles = async (fileList: string[]) =>
  ((await emu.cloud.deleteFile({ fileList })) as { fileList: { fileID: string; status: number; errMsg: string }[] }).fileList;

describe('storage round trip', () => {
  it('upload → temp URL → same bytes → download → delete → 404', async () => {
    const bytes = randomBytes(70_000);
    const up = await emu.cloud.uploadFile({ cloudPath: 'wish/photos/a1.png', fileContent: bytes });
    expect(up.fileID).toBe('cloud://local.6c6f-local-1300000000/wish/photos/a1.png');

    const { tempFileURL, status } = await tempUrl(up.fileID);
    expect(status).toBe(0);
    expect(tempFileURL.startsWith(`${emu.url}/`)).toBe(true);
    const got = await fetch(tempFileURL);
    expect(got.status).toBe(200);
    expect(got.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await got.arrayBuffer())).toEqual(bytes);

    const down = await emu.cloud.downloadFile({ fileID: up.fileID });
    expect(Buffer.compare(down.fileContent as Buffer, bytes)).toBe(0);

    const del = await deleteFiles([up.fileID]);
    expect(del).toEqual([{ fileID: up.fileID, status: 0, errMsg: 'ok' }]);
    expect((await fetch(tempFileURL)).status).toBe(404);

    const after = await tempUrl(up.fileID);
    expect(after).toMatchObject({ status: -503003, tempFileURL: '' });
    expect((await rejection(emu.cloud.downloadFile({ fileID: up.fileID }))).errMsg).toContain('file not found');
    expect((await deleteFiles([up.fileID]))[0].status).toBe(-503003);
  });

  it('keeps Chinese names and overwrites on a second upload to the same path', async () => {
    const cloudPath = '活动/海报 2024.txt';
    await emu.cloud.uploadFile({ cloudPath, fileContent: Buffer.from('第一版') });
    const { fileID } = await emu.cloud.uploadFile({ cloudPath, fileContent: Buffer.from('第二版') });
    expect(fileID.endsWith(`/${cloudPath}`)).toBe(true);
    const res = await fetch((await tempUrl(fileID)).tempFileURL);
    expect(res.headers.get('content-type')).toContain('text/plain');
    expect(await res.text()).toBe('第二版');
    const down = await emu.cloud.downloadFile({ fileID });
    expect((down.fileContent as Buffer).toString('utf8')).toBe('第二版');
  });

  it('refuses a cloud path that climbs out of storage', async () => {
    const err = await rejection(emu.cloud.uploadFile({ cloudPath: '../escape.txt', fileContent: Buffer.from('x') }));
    expect(err.errMsg).toContain('invalid cloudPath');
  });
});

describe('URL signatures', () => {
  it('a temp URL stops working after maxAge seconds', async () => {
    const { fileID } = await emu.cloud.uploadFile({ cloudPath: 'tmp/expiring.bin', fileContent: Buffer.from([1, 2, 3]) });
    const { tempFileURL } = await tempUrl(fileID, 1);
    expect((await fetch(tempFileURL)).status).toBe(200);
    await new Promise((r) => setTimeout(r, 2100));
    const res = await fetch(tempFileURL);
    expect(res.status).toBe(403);
    expect(await res.text()).toContain('Request has expired');
  });

  it('a tampered signature or an unsigned upload is refused with 403', async () => {
    const { fileID } = await emu.cloud.uploadFile({ cloudPath: 'tmp/signed.bin', fileContent: Buffer.from([9]) });
    const { tempFileURL } = await tempUrl(fileID);
    const forged = tempFileURL.replace('signed.bin', 'other.bin');
    expect((await fetch(forged)).status).toBe(403);
    const put = await fetch(`${emu.url}/__storage/local/tmp/signed.bin`, { method: 'PUT', body: 'evil' });
    expect(put.status).toBe(403);
    expect(Buffer.from(await (await fetch(tempFileURL)).arrayBuffer())).toEqual(Buffer.from([9]));
  });
});
