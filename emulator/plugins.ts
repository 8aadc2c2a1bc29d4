/** The emulator's services beyond the database: open API (openapi/) and cloud storage (storage/). */
import type { EmulatorPlugin } from './types';
import { openApiPlugin } from './openapi';
import { storagePlugin } from './storage';

export function defaultPlugins(): EmulatorPlugin[] {
  return [openApiPlugin, storagePlugin];
}
