import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { localInvocations, type LocalInvocation } from '../../src/server/context';
import { OPENID } from './auth';
import { bundleLoader, type Main } from './bundles';
import type { FunctionThreads } from './function-threads';

/** Who a function runs as: a signed-in user, or a trigger (the scheduler), which has no user. */
export type Caller = { openid: string; now?: number } | { trigger: true; now?: number };

/** User calls that run at once; later ones wait their turn (see FunctionHost). */
export const MAX_RUNNING_CALLS = 32;

/**
 * Runs the deployable bundles (cloudfunctions/<fn>/index.js) the way WeChat's runtime does, each call
 * inside its own context so that hundreds of concurrent calls each keep their caller's identity.
 *
 * At most `maxRunning` user calls run at once; the others wait in arrival order. Locally the gateway, every
 * call, the SDK and the database share ONE event loop, and Node accepts one new connection per turn of it.
 * Unbounded, 200 callers meant 200 interleaved calls and ~400 SDK requests in flight: a turn took 60–150 ms,
 * the SDK kept opening connections to the database as its in-flight count peaked, and a request on a new
 * connection waited its place in the accept queue times the turn — seconds — while later requests on open
 * connections went ahead (the rush bench: p99 10 s at p50 1.5 s, every slow database request on a new
 * socket). Capped, the SDK keeps a few dozen busy connections and calls finish in the order they came; the
 * database calls are the same. Triggers (the scheduler, pushes, payment notices) never wait here: a user
 * call may be waiting for one.
 */
export class FunctionHost {
  private running = 0;
  private readonly queue: (() => void)[] = [];
  private readonly load: (name: string) => Main;

  constructor(
    private readonly functionsDir: string,
    private readonly maxRunning = MAX_RUNNING_CALLS,
    /** Where calls run: instances on their own threads, or (none given) this thread. */
    private readonly threads?: FunctionThreads,
  ) {
    this.load = bundleLoader(functionsDir);
  }

  has(name: string): boolean {
    return /^[a-zA-Z][\w-]{0,40}$/.test(name) && existsSync(join(this.functionsDir, name, 'index.js'));
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
    const context = { function_name: name, request_id: `local-${Date.now().toString(36)}` };
    const invocation = { openid, appid: 'local-appid', now: caller.now };
    const threads = this.threads;
    const run = threads ? () => threads.run(name, event, invocation, context) : this.here(name, event, invocation, context);
    return 'trigger' in caller ? run() : this.inTurn(run);
  }

  /** A call on this thread: the bundle loads first, outside the call's context (a cold start runs as nobody). */
  private here(name: string, event: unknown, invocation: LocalInvocation, context: unknown): () => Promise<unknown> {
    const main = this.load(name);
    return () => localInvocations().run(invocation, () => main(event, context));
  }

  /** Runs `work` once fewer than `maxRunning` user calls run, in arrival order. */
  private async inTurn<T>(work: () => Promise<T>): Promise<T> {
    if (this.running < this.maxRunning) this.running++;
    else await new Promise<void>((resolve) => this.queue.push(resolve));
    try {
      return await work();
    } finally {
      // The slot passes straight to the next in line, so a newcomer cannot take it first.
      const next = this.queue.shift();
      if (next) next();
      else this.running--;
    }
  }
}
