/**
 * jest's node environment, without one cost of running many test files in one process (jest runs every file
 * in its own process only with 2+ workers; on a 2-core machine it runs them all in one, one after another).
 *
 * Every test file makes AsyncLocalStorage instances of its own — jest-circus makes one per file for its test
 * context, and src/server/context.ts one per file's global for the local invocations — and nothing disables
 * them. Node (20, its async_hooks-based store) keeps every enabled instance in one list and copies each
 * instance's slot onto every new promise and async resource, so each `await` in the process costs more with
 * every file that ran before: after ~100 files a promise cost ~300× (measured: 300,000 awaits 36 ms with no
 * instance, 12 s with 100), and the 2,000-caller rushes late in the run took 4× their time alone.
 *
 * So: every instance that starts storing (run / enterWith) is noted, and when a file's environment is torn
 * down — its tests and hooks all finished — the noted ones are disabled (AsyncLocalStorage#disable, public
 * API: they leave the list; one used again simply re-enters it). A file's instances are only ever its own or
 * those of files that already finished, as files in one process run one at a time. Setup disables too, for
 * the instances of files that ran in another environment (jsdom) in between.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import NodeEnvironment from 'jest-environment-node';

const started = new Set<AsyncLocalStorage<unknown>>();
const NOTING = Symbol.for('civic-practice.test.als-noting');
type Patched = typeof AsyncLocalStorage.prototype & { [NOTING]?: true };

const proto = AsyncLocalStorage.prototype as Patched;
if (!proto[NOTING]) {
  proto[NOTING] = true;
  const { run, enterWith } = proto;
  proto.run = function (this: AsyncLocalStorage<unknown>, ...args: Parameters<typeof run>) {
    started.add(this);
    return run.apply(this, args);
  } as typeof run;
  proto.enterWith = function (this: AsyncLocalStorage<unknown>, store: unknown) {
    started.add(this);
    return enterWith.call(this, store);
  };
}

function disableFinished(): void {
  for (const als of started) als.disable();
  started.clear();
}

export default class TestEnvironment extends NodeEnvironment {
  override async setup(): Promise<void> {
    disableFinished();
    await super.setup();
  }

  override async teardown(): Promise<void> {
    await super.teardown();
    disableFinished();
  }
}
