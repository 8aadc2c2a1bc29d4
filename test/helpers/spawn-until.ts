/** A child process for the tests that start one (a gateway or an emulator on its own data folder). */
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';

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
 * then the child is killed with SIGKILL mid-stream. A caller ends at its first failed step (the kill cut it);
 * answers once every caller ended and the process is gone.
 */
export async function killMidStream(
  child: Pick<Spawned, 'proc' | 'exited'>,
  loops: number,
  step: (loop: number, i: number) => Promise<unknown>,
  enough: () => boolean,
  pollMs: number,
): Promise<void> {
  let stop = false;
  const caller = async (loop: number) => {
    for (let i = 0; !stop; i++) {
      try {
        await step(loop, i);
      } catch {
        return; // the kill
      }
    }
  };
  const callers = Array.from({ length: loops }, (_x, loop) => caller(loop));
  while (!enough()) await new Promise((r) => setTimeout(r, pollMs));
  child.proc.kill('SIGKILL');
  stop = true;
  await Promise.all(callers);
  await child.exited;
}
