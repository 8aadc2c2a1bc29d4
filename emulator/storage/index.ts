/** The storage plugin: upload metadata, temporary URLs, deletion (actions.ts) and the file host (route.ts). */
import { batchDeleteFile, batchGetDownloadUrl, getUploadMetadata, type StorageCtx } from './actions';
import { storageRoute } from './route';

export { toFileId, parseFileId, localPath } from './files';

export const storagePlugin = {
  name: 'storage',
  actions: {
    'storage.getUploadMetadata': (body: Record<string, unknown>, ctx: StorageCtx) => getUploadMetadata(body, ctx),
    'storage.batchGetDownloadUrl': (body: Record<string, unknown>, ctx: StorageCtx) => batchGetDownloadUrl(body, ctx),
    'storage.batchDeleteFile': (body: Record<string, unknown>, ctx: StorageCtx) => batchDeleteFile(body, ctx),
  },
  route: storageRoute,
};
