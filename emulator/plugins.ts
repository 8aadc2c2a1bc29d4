/** The emulator's services beyond the database: open API (openapi/) and cloud storage (storage/). */
import type { EmulatorPlugin } from './types';
import { createOpenApiPlugin, type MessagePush } from './openapi';
import { storagePlugin } from './storage';

/** `messagePush`: where WeChat's message-push events (image-check verdicts) go; the gateway gives its functions. */
export function defaultPlugins(opts: { messagePush?: MessagePush; mediaCheckDelayMs?: number } = {}): EmulatorPlugin[] {
  return [createOpenApiPlugin({ mediaCheck: { push: opts.messagePush, delayMs: opts.mediaCheckDelayMs } }), storagePlugin];
}
