/** A child process for the tests that start one (a gateway or an emulator on its own data folder). */
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { sleep } from './poll';

export type Spawned = { proc: ChildProcess; match: RegExpExecArray; exited: Promise<void> };

/**
 * Starts `node <args>` and resolves once its stdout matches `ready` (e.g. the line naming its URL); rejects
 * with its stderr when it exits first. `exited` resolves when it is gone (after a kill).
 */
export function spawnUntil(args: string[], ready: RegExp, what: string, options: SpawnOptions = {}): Promise<Spawned> {
  const proc = spawn(process.execPath, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<void>((r) => proc.once('exit', () => r()));
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    proc.stderr!.on('data', (c) => (err += c));
    proc.stdout!.on('data', (c) => {
      out += c;
      const match = ready.exec(out);
      if (match) resolve({ proc, match, exited });
    });
    proc.once('exit', (code) => reject(new Error(`${what} exited (${code}) before listening: ${err}`)));
  });
}

/**
 * The crash the durability tests make: `loops` callers repeat `step(loop, i)` (i = 0, 1, …) until `enough()`,
 * then the child is killed with SIGKILL mid-stream. A caller ends at its first failed step: after the kill,
 * the kill cut it; before the kill, something else broke, and once the child is gone this rejects with that
 * failure (the test fails rather than crash a stream that was already broken). Answers once every caller
 * ended and the process is gone.
 */
export async function killMidStream(
  child: Pick<Spawned, 'proc' | 'exited'>,
  loops: number,
  step: (loop: number, i: number) => Promise<unknown>,
  enough: () => boolean,
  pollMs: number,
): Promise<void> {
  // Set before the kill is sent, so a step the kill cuts (its failure arrives later) is counted as the kill's.
  let killed = false;
  let early: Error | undefined;
  const caller = async (loop: number) => {
    for (let i = 0; !killed; i++) {
      try {
        await step(loop, i);
      } catch (e) {
        if (!killed)
          early ??= new Error(`caller ${loop} failed at step ${i}, before the kill: ${e instanceof Error ? e.message : String(e)}`);
        return;
      }
    }
  };
  const callers = Array.from({ length: loops }, (_x, loop) => caller(loop));
  while (!enough() && !early) await sleep(pollMs);
  killed = true;
  child.proc.kill('SIGKILL');
  await Promise.all(callers);
  await child.exited;
  if (early) throw early;
}
