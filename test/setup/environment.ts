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

type Store = AsyncLocalStorage<unknown>;
const NOTED = Symbol.for('civic-practice.test.als-noted');
type Patched = typeof AsyncLocalStorage.prototype & { [NOTED]?: Set<Store> };

/** Notes every instance that starts storing; installed once per process (the set lives on the prototype). */
function noteStarted(): Set<Store> {
  const proto = AsyncLocalStorage.prototype as Patched;
  const existing = proto[NOTED];
  if (existing) return existing;
  const noted = new Set<Store>();
  proto[NOTED] = noted;
  const { run, enterWith } = proto;
  proto.run = function (this: Store, ...args: Parameters<typeof run>) {
    noted.add(this);
    return run.apply(this, args);
  } as typeof run;
  proto.enterWith = function (this: Store, store: unknown) {
    noted.add(this);
    return enterWith.call(this, store);
  };
  return noted;
}
const started = noteStarted();

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
