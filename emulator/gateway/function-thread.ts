/**
 * One function instance on its own thread (FunctionThreads starts it): it points its own wx-server-sdk at
 * the local CloudBase, loads the deployable bundles, and runs each call it is sent inside that call's
 * context, as a WeChat function instance runs in its own container. Answers go back by message; a thrown
 * error goes back as its name, message, stack and code.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { format, inspect } from 'node:util';
import { localInvocations, type LocalInvocation } from '../../src/server/context';
import { pointSdkAt } from '../sdk-env';
import { bundleLoader } from './bundles';

export type ThreadData = { functionsDir: string; serviceUrl: string; credentials: { secretId: string; secretKey: string } };
export type ThreadCall = { id: number; name: string; event: unknown; invocation: LocalInvocation; context: unknown };
export type ThreadAnswer =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; error: { name: string; message: string; stack?: string; code?: unknown } };
/** A line a function logged: the gateway's thread writes it through its own console, as before threads. */
export type ThreadLog = { log: (typeof LEVELS)[number]; text: string };

const LEVELS = ['log', 'info', 'warn', 'error', 'debug'] as const;

const data = workerData as ThreadData;
pointSdkAt(data.serviceUrl, data.credentials);
const load = bundleLoader(data.functionsDir);

const port = parentPort!;
// The functions' logs go where the gateway's go (its console, which tests also watch), in order with the answers.
for (const level of LEVELS)
  console[level] = (...args: unknown[]) => port.postMessage({ log: level, text: format(...args) } satisfies ThreadLog);
/** Sends an answer as WeChat would: a value the thread can't copy as it is goes as its JSON (functions dropped). */
function answer(a: ThreadAnswer): void {
  try {
    port.postMessage(a);
  } catch {
    try {
      port.postMessage(JSON.parse(JSON.stringify(a)) as ThreadAnswer);
    } catch (e) {
      port.postMessage({
        id: a.id,
        ok: false,
        error: { name: 'TypeError', message: `the answer can't be sent: ${String(e)}` },
      } satisfies ThreadAnswer);
    }
  }
}

port.on('message', (call: ThreadCall) => {
  new Promise<unknown>((resolve) => {
    // Loaded outside the call's context: a bundle's top-level code runs as nobody, as a cold start does.
    const main = load(call.name);
    resolve(localInvocations().run(call.invocation, () => main(call.event, call.context)));
  }).then(
    (value) => answer({ id: call.id, ok: true, value }),
    (err: unknown) => {
      const e = err instanceof Error ? err : new Error(inspect(err));
      answer({ id: call.id, ok: false, error: { name: e.name, message: e.message, stack: e.stack, code: (e as { code?: unknown }).code } });
    },
  );
});
