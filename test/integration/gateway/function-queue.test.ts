/**
 * The function host runs at most MAX_RUNNING_CALLS user calls at once and serves the others in arrival order
 * (emulator/gateway/functions.ts says why); triggers never wait behind user calls.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FunctionHost } from '../../../emulator/gateway/functions';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'fn-queue-'));
  mkdirSync(join(dir, 'probe'));
  // A bundle that records how many calls run at once and in which order they started; each waits for its
  // own release, so the test decides when a call ends.
  writeFileSync(
    join(dir, 'probe', 'index.js'),
    `const state = (globalThis.__probe = { running: 0, most: 0, started: [], release: {} });
     exports.main = async (event) => {
       state.running++; state.most = Math.max(state.most, state.running); state.started.push(event.n);
       await new Promise((r) => (state.release[event.n] = r));
       state.running--;
       return { n: event.n };
     };`,
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Probe = { running: number; most: number; started: number[]; release: Record<number, () => void> };
const probe = () => (globalThis as unknown as { __probe: Probe }).__probe;
const settle = () => new Promise((r) => setTimeout(r, 20));

it('runs at most the cap at once, starts the rest in arrival order, and lets triggers through', async () => {
  const host = new FunctionHost(dir, 3);
  const calls = Array.from({ length: 8 }, (_, n) => host.invoke('probe', { n }, { openid: `o-${n}` }));
  await settle();
  expect(probe().started).toEqual([0, 1, 2]);
  const trigger = host.invoke('probe', { n: 100 }, { trigger: true });
  await settle();
  expect(probe().running).toBe(4); // the trigger did not queue

  // End calls out of order: each freed slot goes to the next in line, in arrival order.
  for (const n of [2, 0, 1, 3, 4, 5, 6, 7]) {
    probe().release[n]();
    await settle();
  }
  probe().release[100]();
  expect(await Promise.all(calls)).toEqual(Array.from({ length: 8 }, (_, n) => ({ n })));
  await trigger;
  expect(probe().started).toEqual([0, 1, 2, 100, 3, 4, 5, 6, 7]);
  expect(probe().most).toBe(4);
  expect(probe().running).toBe(0);
}, 60_000);

it('frees the slot of a call that throws', async () => {
  mkdirSync(join(dir, 'boom'), { recursive: true });
  writeFileSync(join(dir, 'boom', 'index.js'), "exports.main = async () => { throw new Error('boom'); };");
  const host = new FunctionHost(dir, 1);
  await expect(host.invoke('boom', {}, { openid: 'o-boom' })).rejects.toThrow('boom');
  const p = host.invoke('probe', { n: 9 }, { openid: 'o-9' });
  await settle();
  probe().release[9]();
  expect(await p).toEqual({ n: 9 });
}, 60_000);
