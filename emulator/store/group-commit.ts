/**
 * Group commit for durability 'power' (journal.ts): batches are still appended with a synchronous write(2)
 * when they are committed; an answer then waits (`wait()`) until an fdatasync that started after its batch
 * was written has finished. At most one fdatasync runs at a time (on libuv's thread pool, so the event loop
 * keeps accepting and journaling requests meanwhile); every batch written while it runs waits for the next
 * one, which then covers all of them. So N concurrent writers cost about one fdatasync per fdatasync time,
 * not N.
 *
 * A batch counts as covered only by a sync that started after its write(2) returned: `target` is read
 * before the sync starts, and writes on this thread cannot land between reading it and issuing the sync.
 * If an fdatasync fails, the durable state of the file is unknown (the kernel may have dropped the dirty
 * pages): every waiter and every later write is refused until the emulator is restarted.
 */
import fs from 'node:fs';

interface Waiter {
  seq: number;
  resolve: () => void;
  reject: (e: Error) => void;
}

export class GroupCommit {
  /** batches written so far / known to be on disk */
  private written = 0;
  private synced = 0;
  private running = false;
  private waiters: Waiter[] = [];
  /** fds closed by compaction while a sync on them ran: closed when it ends */
  private retired: number[] = [];
  private failure?: Error;

  /** `fd()` is the journal file being appended to now. */
  constructor(private readonly fd: () => number) {}

  get failed(): Error | undefined {
    return this.failure;
  }

  noteWrite(): void {
    this.written++;
  }

  /** Undefined when every batch written so far is on disk, else a promise for that. */
  wait(): Promise<void> | undefined {
    if (this.failure) return Promise.reject(this.failure);
    if (this.synced >= this.written) return undefined;
    const p = new Promise<void>((resolve, reject) => this.waiters.push({ seq: this.written, resolve, reject }));
    this.start();
    return p;
  }

  /** Everything written is durable by other means (compaction fsynced a snapshot that holds it). */
  allSynced(): void {
    this.synced = this.written;
    this.settle();
  }

  /** Closes `fd` now, or once the sync running on it ends. */
  retire(fd: number): void {
    if (this.running) this.retired.push(fd);
    else fs.closeSync(fd);
  }

  /** At close: syncs what is still pending, synchronously. */
  flushSync(): void {
    if (this.failure || this.synced >= this.written) return;
    fs.fdatasyncSync(this.fd());
    this.allSynced();
  }

  private start(): void {
    if (this.running || this.failure || this.waiters.length === 0) return;
    const target = this.written;
    const fd = this.fd();
    this.running = true;
    fs.fdatasync(fd, (err) => {
      this.running = false;
      const retired = this.retired.includes(fd);
      for (const r of this.retired.splice(0)) fs.closeSync(r);
      // a retired journal's batches are in the fsynced snapshot already (allSynced ran)
      if (err && !retired) return this.fail(err);
      this.synced = Math.max(this.synced, target);
      this.settle();
      this.start();
    });
  }

  private settle(): void {
    const still: Waiter[] = [];
    for (const w of this.waiters) {
      if (w.seq <= this.synced) w.resolve();
      else still.push(w);
    }
    this.waiters = still;
  }

  private fail(err: Error): void {
    this.failure = new Error(`the journal could not be synced to disk (${err.message}); restart the emulator`);
    for (const w of this.waiters.splice(0)) w.reject(this.failure);
  }
}
