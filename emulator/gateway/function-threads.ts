import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { tsWorker } from '../ts-worker';
import type { LocalInvocation } from '../../src/server/context';
import type { ThreadAnswer, ThreadCall, ThreadData, ThreadLog } from './function-thread';

type Pending = { resolve: (v: unknown) => void; reject: (e: Error) => void };
type Instance = { worker: Worker; pending: Map<number, Pending> };

/**
 * Function instances on their own threads (function-thread.ts). WeChat runs each function instance in its
 * own container, apart from the gateway and the database; here a thread plays that part, so the functions
 * and their wx-server-sdk (its request signing, its HTTP client) run beside the gateway and the local
 * CloudBase rather than on their one event loop — on a 2-core machine, on the other core. A call goes to
 * the instance with the fewest calls in flight. An instance that dies (an uncaught error in a function)
 * fails the calls it held, as a crashed container does, and the next call starts a new one.
 */
export class FunctionThreads {
  private readonly instances: (Instance | undefined)[];
  private data?: ThreadData;
  private seq = 0;
  private closed = false;

  constructor(count: number) {
    this.instances = Array.from({ length: Math.max(1, count) }, () => undefined);
  }

  /** Starts every instance, pointed at the local CloudBase (their cold start out of the first calls' way). */
  start(data: ThreadData): void {
    this.data = data;
    for (let i = 0; i < this.instances.length; i++) this.instance(i);
  }

  run(name: string, event: unknown, invocation: LocalInvocation, context: unknown): Promise<unknown> {
    if (this.closed) return Promise.reject(new Error(`FunctionThreads: closed (${name})`));
    let best = 0;
    for (let i = 1; i < this.instances.length; i++) if (this.load(i) < this.load(best)) best = i;
    return new Promise((resolve, reject) => {
      const inst = this.instance(best);
      const id = ++this.seq;
      inst.pending.set(id, { resolve, reject });
      try {
        inst.worker.postMessage({ id, name, event, invocation, context } satisfies ThreadCall);
      } catch (e) {
        inst.pending.delete(id); // an event the thread can't be sent
        throw e;
      }
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const all = this.instances.splice(0, this.instances.length, ...this.instances.map(() => undefined));
    for (const inst of all) for (const p of inst?.pending.values() ?? []) p.reject(new Error('FunctionThreads: closed'));
    await Promise.all(all.map((inst) => inst?.worker.terminate()));
  }

  private load(i: number): number {
    return this.instances[i]?.pending.size ?? 0;
  }

  private instance(i: number): Instance {
    const existing = this.instances[i];
    if (existing) return existing;
    if (!this.data) throw new Error('FunctionThreads: start() first');
    const worker = tsWorker(join(__dirname, 'function-thread.ts'), this.data);
    const inst: Instance = { worker, pending: new Map() };
    worker.on('message', (a: ThreadAnswer | ThreadLog) => {
      if ('log' in a) return console[a.log](a.text);
      const p = inst.pending.get(a.id);
      if (!p) return;
      inst.pending.delete(a.id);
      if (a.ok) p.resolve(a.value);
      else p.reject(Object.assign(new Error(a.error.message), a.error));
    });
    const died = (err: Error) => {
      if (this.instances[i] !== inst) return; // already replaced (an error, then its exit) or closed
      this.instances[i] = undefined;
      // Said even with no call in flight: the next call starts a new instance, with fresh module caches.
      console.error('[functions] a function instance died; the next call starts a new one:', err);
      for (const p of inst.pending.values()) p.reject(err);
      inst.pending.clear();
    };
    worker.on('error', died);
    worker.on('exit', (code) => died(new Error(`function instance exited (code ${code})`)));
    this.instances[i] = inst;
    return inst;
  }
}
