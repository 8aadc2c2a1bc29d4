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
