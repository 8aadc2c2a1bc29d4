/** Storage actions as plain functions (the SDK round trip with real HTTP is in sdk-storage.test.ts). */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { batchDeleteFile, batchGetDownloadUrl, getUploadMetadata } from '../../../emulator/storage/actions';
import { checkCloudPath, localPath, parseFileId, toFileId, writeFileDurably } from '../../../emulator/storage/files';
import { parseStoragePath } from '../../../emulator/storage/route';

let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'emu-st-'));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));
const ctx = () => ({ dataDir, baseUrl: 'http://127.0.0.1:9', env: 'local' });

describe('file ids and paths', () => {
  it('formats ids like CloudBase and parses them back', () => {
    const id = toFileId('test-1a2b', 'wish/photo 1.png');
    expect(id).toBe('cloud://test-1a2b.7465-test-1a2b-1300000000/wish/photo 1.png');
    expect(parseFileId(id)).toEqual({ env: 'test-1a2b', cloudPath: 'wish/photo 1.png' });
  });

  it.each(['', '/abs.png', 'a/../b.png', 'a//b', 'a\\b', 'x?.png', 'p%41', '..'])('refuses cloud path %j', (p) => {
    expect(() => checkCloudPath(p)).toThrow(expect.objectContaining({ code: 'INVALID_PARAM' }));
  });

  it.each(['https://x/y.png', 'cloud://bad', 'cloud://Env.bucket/a.png', 42])('refuses file id %j', (id) => {
    expect(() => parseFileId(id)).toThrow();
  });

  it('keeps every file inside DATA/storage/<env>', () => {
    expect(localPath(dataDir, 'local', 'a/b.txt')).toBe(join(dataDir, 'storage', 'local', 'a', 'b.txt'));
    expect(() => localPath(dataDir, '../x', 'a.txt')).toThrow();
  });

  it('decodes storage URLs segment by segment', () => {
    expect(parseStoragePath('/__storage/local/a/%E5%BF%83%E6%84%BF.png')).toEqual({ env: 'local', cloudPath: 'a/心愿.png' });
    expect(parseStoragePath('/__storage/local')).toBeNull();
    expect(parseStoragePath('/other/local/a.png')).toBeNull();
  });
});

describe('storage actions', () => {
  it('getUploadMetadata answers the fields the SDK destructures', async () => {
    const m = await getUploadMetadata({ path: 'a/b.png', method: 'put' }, ctx());
    expect(m).toEqual({
      url: 'http://127.0.0.1:9/__storage/local/a/b.png',
      token: expect.any(String),
      authorization: expect.stringMatching(/^\d+:[0-9a-f]{64}$/),
      fileId: 'cloud://local.6c6f-local-1300000000/a/b.png',
      cosFileId: expect.stringMatching(/^[\w-]+$/),
      download_url: expect.stringContaining('/__storage/local/a/b.png?t='),
    });
    await expect(getUploadMetadata({ path: '../x' }, ctx())).rejects.toMatchObject({ code: 'INVALID_PARAM' });
  });

  it('gives temp URLs for stored files and STORAGE_FILE_NONEXIST for others', async () => {
    const id = toFileId('local', 'docs/a.txt');
    await writeFileDurably(dataDir, localPath(dataDir, 'local', 'docs/a.txt'), Buffer.from('hi'));
    const missing = toFileId('local', 'docs/none.txt');
    const { download_list } = (await batchGetDownloadUrl(
      { file_list: [{ fileid: id, max_age: 60 }, { fileid: missing }, { fileid: 'nope' }] },
      ctx(),
    )) as {
      download_list: Record<string, unknown>[];
    };
    expect(download_list[0]).toMatchObject({
      fileID: id,
      code: 'SUCCESS',
      maxAge: 60,
      tempFileURL: expect.stringMatching(/^http:\/\/127\.0\.0\.1:9\/__storage\/local\/docs\/a\.txt\?t=\d+&sign=[0-9a-f]{64}$/),
    });
    expect(download_list[1]).toMatchObject({ fileID: missing, code: 'STORAGE_FILE_NONEXIST', tempFileURL: '' });
    expect(download_list[2]).toMatchObject({ fileID: 'nope', code: 'INVALID_PARAM' });
  });

  it('deletes a stored file once', async () => {
    const file = localPath(dataDir, 'local', 'x.bin');
    await writeFileDurably(dataDir, file, Buffer.from([1, 2, 3]));
    const id = toFileId('local', 'x.bin');
    expect(await batchDeleteFile({ fileid_list: [id] }, ctx())).toEqual({ delete_list: [{ fileID: id, code: 'SUCCESS' }] });
    expect(existsSync(file)).toBe(false);
    expect(await batchDeleteFile({ fileid_list: [id] }, ctx())).toEqual({
      delete_list: [{ fileID: id, code: 'STORAGE_FILE_NONEXIST', message: 'file not found' }],
    });
  });
});
