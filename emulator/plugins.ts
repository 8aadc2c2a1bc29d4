/** The emulator's services beyond the database: open API (openapi/), cloud storage (storage/), cloud pay (pay/). */
import type { EmulatorPlugin } from './types';
import { createOpenApiPlugin, type MessagePush } from './openapi';
import { PaySandbox } from './pay';
import { storagePlugin } from './storage';

/**
 * `messagePush`: where WeChat's message-push events (image-check verdicts) go; the gateway gives its functions.
 * `pay`: the cloud-pay sandbox (the gateway passes its own, which delivers notifications to its functions).
 */
export function defaultPlugins(opts: { messagePush?: MessagePush; mediaCheckDelayMs?: number; pay?: PaySandbox } = {}): EmulatorPlugin[] {
  return [
    createOpenApiPlugin({ mediaCheck: { push: opts.messagePush, delayMs: opts.mediaCheckDelayMs } }),
    storagePlugin,
    (opts.pay ?? new PaySandbox()).plugin(),
  ];
}
