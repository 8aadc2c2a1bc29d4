import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { localInvocations } from '../../src/server/context';
import { OPENID } from './auth';

/** Who a function runs as: a signed-in user, or a trigger (the scheduler), which has no user. */
export type Caller = { openid: string; now?: number } | { trigger: true; now?: number };

type Main = (event: unknown, context: unknown) => Promise<unknown>;

/**
 * Runs the deployable bundles (cloudfunctions/<fn>/index.js) the way WeChat's runtime does, each call
 * inside its own context so that hundreds of concurrent calls each keep their caller's identity.
 */
export class FunctionHost {
  private readonly loaded = new Map<string, Main>();

  constructor(private readonly functionsDir: string) {}

  has(name: string): boolean {
    return /^[a-zA-Z][\w-]{0,40}$/.test(name) && existsSync(join(this.functionsDir, name, 'index.js'));
  }

  private load(name: string): Main {
    let main = this.loaded.get(name);
    if (!main) {
      main = (require(join(this.functionsDir, name, 'index.js')) as { main: Main }).main;
      this.loaded.set(name, main);
    }
    return main;
  }

  /**
   * Invoke `name` as the user `openid`, or — `{ trigger: true }`, the scheduler's call — with no user behind
   * it, as a timer trigger is. A user call must name its openid: an empty one is refused here rather than
   * run as a trigger. `now` fixes the clock, for tests only.
   */
  invoke(name: string, event: unknown, caller: Caller): Promise<unknown> {
    const openid = 'trigger' in caller ? '' : caller.openid;
    if (!('trigger' in caller) && !OPENID.test(openid))
      return Promise.reject(new Error(`FunctionHost.invoke(${name}): a user call needs an openid`));
    const main = this.load(name);
    const context = { function_name: name, request_id: `local-${Date.now().toString(36)}` };
    return localInvocations().run({ openid, appid: 'local-appid', now: caller.now }, () => main(event, context));
  }
}
