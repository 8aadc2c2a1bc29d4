/**
 * Function instances on their own threads (emulator/gateway/function-threads.ts): calls run off the
 * caller's thread, each inside its own caller's context also when a hundred run at once, a thrown error
 * arrives with its message and code, a function's log lines reach the gateway's console, and an instance that
 * dies fails the calls it held while the next call gets a new instance.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { FunctionHost } from '../../../emulator/gateway/functions';
import { FunctionThreads } from '../../../emulator/gateway/function-threads';

const SOURCES: Record<string, string> = {
  // Who this call runs as and where, after a pause that lets the other calls interleave.
  whoami: `
    const { threadId } = require('node:worker_threads');
    exports.main = async (event) => {
      await new Promise((r) => setTimeout(r, event.wait));
      const who = globalThis[Symbol.for('civic-practice.local-invocation')].getStore();
      return { openid: who.openid, now: who.now, threadId, event };
    };`,
  say: `exports.main = async (event) => { console.error('[say]', event.n, { n: event.n }); return { ok: true }; };`,
  // An answer carrying a function: not copyable between threads as it is.
  odd: `exports.main = async () => ({ ok: true, n: 1, later: () => 1 });`,
  boom: `exports.main = async () => { throw Object.assign(new Error('炸了'), { code: 'BOOM' }); };`,
  // Kills its instance: an error no call catches, as a crashed container.
  crash: `exports.main = () => new Promise(() => setTimeout(() => { throw new Error('instance down'); }, 10));`,
};

let dir: string;
let threads: FunctionThreads;
let host: FunctionHost;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'fn-threads-'));
  for (const [name, source] of Object.entries(SOURCES)) {
    mkdirSync(join(dir, name));
    writeFileSync(join(dir, name, 'index.js'), source);
  }
  threads = new FunctionThreads(1);
  // These functions make no database call: the instance's SDK is pointed at an address nothing serves.
  threads.start({ functionsDir: dir, serviceUrl: 'http://127.0.0.1:9/', credentials: { secretId: 'AKIDtest', secretKey: 'test' } });
  host = new FunctionHost(dir, 32, threads);
});
afterAll(async () => {
  await threads.close();
  rmSync(dir, { recursive: true, force: true });
});

type Who = { openid: string; now?: number; threadId: number; event: { n: number } };

it('runs each call on the instance thread, in its own caller context, 100 at once', async () => {
  const answers = (await Promise.all(
    Array.from({ length: 100 }, (_, n) => host.invoke('whoami', { n, wait: (n * 7) % 30 }, { openid: `o-${n}`, now: 1_000 + n })),
  )) as Who[];
  answers.forEach((a, n) => {
    expect(a).toMatchObject({ openid: `o-${n}`, now: 1_000 + n, event: { n } });
    expect(a.threadId).not.toBe(threadId);
  });
  expect(new Set(answers.map((a) => a.threadId)).size).toBe(1);
  const trigger = (await host.invoke('whoami', { n: -1, wait: 0 }, { trigger: true })) as Who;
  expect(trigger.openid).toBe('');
}, 60_000);

it('answers a thrown error with its message and code, and the instance goes on', async () => {
  await expect(host.invoke('boom', {}, { openid: 'o-boom' })).rejects.toMatchObject({ message: '炸了', code: 'BOOM' });
  expect(await host.invoke('whoami', { n: 1, wait: 0 }, { openid: 'o-after' })).toMatchObject({ openid: 'o-after' });
}, 60_000);

it("writes a function's log lines through the gateway thread's console, before the call's answer", async () => {
  const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  try {
    await host.invoke('say', { n: 7 }, { openid: 'o-say' });
    expect(errors.mock.calls).toEqual([['[say] 7 { n: 7 }']]);
  } finally {
    errors.mockRestore();
  }
}, 60_000);

it('fails the calls a dying instance held, says so, and the next call runs on a new one', async () => {
  const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  try {
    const before = (await host.invoke('whoami', { n: 0, wait: 0 }, { openid: 'o-before' })) as Who;
    const held = host.invoke('whoami', { n: 2, wait: 500 }, { openid: 'o-held' });
    await expect(host.invoke('crash', {}, { openid: 'o-crash' })).rejects.toThrow('instance down');
    await expect(held).rejects.toThrow('instance down');
    expect(errors.mock.calls.map((c) => String(c[0]))).toEqual([expect.stringContaining('a function instance died')]);
    const after = (await host.invoke('whoami', { n: 3, wait: 0 }, { openid: 'o-next' })) as Who;
    expect(after.openid).toBe('o-next');
    expect(after.threadId).not.toBe(before.threadId);
  } finally {
    errors.mockRestore();
  }
}, 60_000);

it('answers a value it cannot copy as its JSON, as WeChat sends answers', async () => {
  expect(await host.invoke('odd', {}, { openid: 'o-odd' })).toEqual({ ok: true, n: 1 });
}, 60_000);

it('refuses calls once closed, and fails the calls still running', async () => {
  const own = new FunctionThreads(1);
  own.start({ functionsDir: dir, serviceUrl: 'http://127.0.0.1:9/', credentials: { secretId: 'AKIDtest', secretKey: 'test' } });
  const running = expect(own.run('whoami', { n: 4, wait: 5_000 }, { openid: 'o-run' }, {})).rejects.toThrow('closed');
  await own.close();
  await running;
  await expect(own.run('whoami', { n: 5, wait: 0 }, { openid: 'o-late' }, {})).rejects.toThrow('closed');
}, 60_000);
