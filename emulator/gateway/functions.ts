import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { localInvocations } from '../../src/server/context';

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
   * Invoke `name` as `openid`; an empty openid is a call with no user behind it, as a timer trigger is.
   * `now` fixes the clock, for tests only.
   */
  invoke(name: string, event: unknown, caller: { openid: string; now?: number }): Promise<unknown> {
    const main = this.load(name);
    const context = { function_name: name, request_id: `local-${Date.now().toString(36)}` };
    return localInvocations().run({ openid: caller.openid, appid: 'local-appid', now: caller.now }, () => main(event, context));
  }
}
