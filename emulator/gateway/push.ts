/**
 * Local stand-in for WeChat's message push (云开发 消息推送): events WeChat sends the mini program — here the
 * `wxa_media_check` verdicts of security.mediaCheckAsync — go to the cloud function configured for their
 * type. In production that is set in the console (docs/operations.md); the repository keeps the same choice in
 * `cloudfunctions/message-push.json`:
 *   { "routes": [{ "MsgType": "event", "Event": "wxa_media_check", "function": "market" }] }
 * The function runs with no user behind it, as WeChat runs a push, so only a `caller: 'system'` action
 * takes it and a user who sends the same event is refused.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Invoker } from './scheduler';

export type PushRoute = { MsgType: string; Event?: string; function: string };

/** The routes of `<functionsDir>/message-push.json` (none when the file is absent). */
export function readPushRoutes(functionsDir: string): PushRoute[] {
  const file = join(functionsDir, 'message-push.json');
  if (!existsSync(file)) return [];
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as { routes?: PushRoute[] };
  return (parsed.routes ?? []).filter((r) => typeof r.MsgType === 'string' && typeof r.function === 'string');
}

/**
 * Delivers an event to the function its type is routed to; an event nobody takes is logged and dropped (as
 * WeChat drops a push no function is configured for). After `stop()` nothing is delivered any more.
 */
export function messagePush(host: Invoker, functionsDir: string) {
  const routes = readPushRoutes(functionsDir);
  let stopped = false;
  return {
    async push(event: Record<string, unknown>): Promise<void> {
      if (stopped) return;
      const route = routes.find((r) => r.MsgType === event.MsgType && (r.Event === undefined || r.Event === event.Event));
      if (!route) {
        console.warn(`[gateway] no function takes the ${String(event.MsgType)}/${String(event.Event)} push; dropped`);
        return;
      }
      const answer = (await host.invoke(route.function, event, { trigger: true })) as { ok?: boolean; code?: string } | undefined;
      if (answer && answer.ok === false) console.warn(`[gateway] ${route.function} refused a ${String(event.Event)} push: ${answer.code}`);
    },
    stop(): void {
      stopped = true;
    },
  };
}
