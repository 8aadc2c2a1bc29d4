/**
 * Files of the store (docs/journal.md has the long version):
 * - `snapshot.ejsonl`: a header line `{ "generation": G, "collections": [...] }`, then one `{ "c": name, "d": doc }`
 *   line per document;
 * - `journal-G.ejsonl`: append-only, one line `{ "ops": [WriteOp, ...] }` per acknowledged write batch.
 * Every line is `<length> <crc32> <payload>\n` (lines.ts): payload = the EJSON value, length = its size in
 * bytes, crc32 = its IEEE CRC-32 in 8 hex digits. Plain EJSON lines (the first format, no prefix) are still
 * read, so an existing data folder keeps working; every new line is checksummed.
 *
 * A batch is one write(2) of one line before the answer, so `kill -9` keeps every acknowledged write (the
 * page cache survives the process). With durability 'power' the answer also waits for an fdatasync of the
 * journal (group commit, group-commit.ts), so acknowledged writes survive a power cut or an OS crash.
 *
 * At start every line is decoded, checksummed and shape-checked. An incomplete last journal line (a write
 * cut short) is dropped and cut off: it was never acknowledged. Any other damage, anywhere in the snapshot
 * or the journal, refuses the start with the file, the byte offset and the repair command (db:repair), and
 * changes nothing, so no acknowledged write is ever dropped silently.
 *
 * Compaction: write `snapshot.tmp` with generation G+1, fsync, rename over the snapshot, fsync the folder,
 * start `journal-(G+1)`, delete `journal-G`. A crash at any point leaves either the old snapshot + old journal
 * or the new snapshot (+ maybe an empty new journal); stale journals and tmp files are removed at start.
 */
import fs from 'node:fs';
import path from 'node:path';
import { GroupCommit } from './group-commit';
import { frameLine, scanLines, type Entry, type Region, type Scan } from './lines';
import { checkBatch, checkSnapshotLine, DataDamagedError, isSnapshotHeader, type SnapshotHeader } from './records';

export const SNAPSHOT = 'snapshot.ejsonl';
const SNAPSHOT_TMP = 'snapshot.tmp';
export const JOURNAL_RE = /^journal-(\d+)\.ejsonl$/;
export const journalName = (g: number) => `journal-${g}.ejsonl`;

/** 'process': acknowledged writes survive the emulator's death; 'power': also a power cut (fdatasync). */
export type Durability = 'process' | 'power';

export interface SnapshotSource {
  collections: string[];
  docs(): Iterable<[string, unknown]>;
}

export interface Replayed {
  collections: string[];
  docs: Array<[string, any]>;
  batches: Array<{ ops: any[] }>;
}

export function scanJournal(buf: Buffer): Scan {
  return scanLines(buf, checkBatch, { allowTornTail: true });
}

export interface SnapshotContent {
  header?: SnapshotHeader;
  /** the `{ c, d }` lines */
  docs: Entry[];
  damaged: Region[];
}

/** Reads a snapshot: one header, first, then document lines; anything else is reported as damage. */
export function readSnapshot(buf: Buffer): SnapshotContent {
  const scan = scanLines(buf, checkSnapshotLine, { allowTornTail: false });
  const out: SnapshotContent = { docs: [], damaged: [...scan.damaged] };
  scan.entries.forEach((e, i) => {
    if (!isSnapshotHeader(e.value)) out.docs.push(e);
    else if (i === 0) out.header = e.value;
    else out.damaged.push({ offset: e.offset, length: e.length, reason: 'a second snapshot header', lines: 1 });
  });
  if (!out.header && buf.length > 0 && out.damaged[0]?.offset !== 0) {
    out.damaged.push({ offset: 0, length: 0, reason: 'the snapshot header line is missing', lines: 0 });
  }
  out.damaged.sort((a, b) => a.offset - b.offset);
  return out;
}

/** Generations of the journal files in `dir`. */
export function journalGenerations(dir: string): number[] {
  return fs.readdirSync(dir).flatMap((name) => {
    const m = JOURNAL_RE.exec(name);
    return m ? [Number(m[1])] : [];
  });
}

export function fsyncDir(dir: string): void {
  const fd = fs.openSync(dir, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

function writeAll(fd: number, buf: Buffer): void {
  let off = 0;
  while (off < buf.length) off += fs.writeSync(fd, buf, off, buf.length - off);
}

export class Journal {
  private fd = -1;
  private generation = 0;
  private bytes = 0;
  private readonly sync?: GroupCommit;

  constructor(
    private readonly dir: string,
    durability: Durability = 'process',
  ) {
    if (durability === 'power') this.sync = new GroupCommit(() => this.fd);
  }

  /** Loads the snapshot and the journal's batches; leaves the journal open for appends. Throws on damage. */
  open(): Replayed {
    fs.mkdirSync(this.dir, { recursive: true });
    const out: Replayed = { collections: [], docs: [], batches: [] };
    const snapFile = path.join(this.dir, SNAPSHOT);
    if (fs.existsSync(snapFile)) {
      const snap = readSnapshot(fs.readFileSync(snapFile));
      if (snap.damaged.length) throw new DataDamagedError(snapFile, snap.damaged, this.dir, `${snap.docs.length} documents`);
      this.generation = snap.header?.generation ?? 0;
      out.collections = snap.header?.collections ?? [];
      for (const e of snap.docs) {
        const line = e.value as { c: string; d: unknown };
        out.docs.push([line.c, line.d]);
      }
    }
    // compaction writes the snapshot before the journal after it: a newer journal means a lost snapshot
    const newer = journalGenerations(this.dir).filter((g) => g > this.generation);
    if (newer.length) {
      throw new Error(
        `emulator data folder ${this.dir}: ${journalName(Math.max(...newer))} is newer than ${SNAPSHOT} (generation ` +
          `${this.generation}): the snapshot is missing or was replaced. Restore the folder from a backup (docs/journal.md).`,
      );
    }
    const file = path.join(this.dir, journalName(this.generation));
    const scan = fs.existsSync(file) ? scanJournal(fs.readFileSync(file)) : { entries: [], damaged: [] };
    if (scan.damaged.length) throw new DataDamagedError(file, scan.damaged, this.dir, `${scan.entries.length} batches`);
    // checked everything: from here on the folder may change
    fs.rmSync(path.join(this.dir, SNAPSHOT_TMP), { force: true });
    for (const g of journalGenerations(this.dir)) if (g < this.generation) fs.rmSync(path.join(this.dir, journalName(g)), { force: true });
    out.batches = scan.entries.map((e) => e.value as { ops: any[] });
    this.fd = fs.openSync(file, 'a+');
    this.bytes = scan.torn ? scan.torn.offset : fs.fstatSync(this.fd).size;
    if (scan.torn) fs.ftruncateSync(this.fd, scan.torn.offset);
    if (this.sync) {
      fs.fdatasyncSync(this.fd);
      fsyncDir(this.dir);
    }
    return out;
  }

  get size(): number {
    return this.bytes;
  }

  /** Appends one batch (a single write(2)). Throws when an earlier sync failed. */
  append(batch: unknown): void {
    if (this.sync?.failed) throw this.sync.failed;
    const buf = frameLine(batch);
    writeAll(this.fd, buf);
    this.bytes += buf.length;
    this.sync?.noteWrite();
  }

  /** 'power': resolves once every batch appended so far is on disk; undefined when nothing waits. */
  durable(): Promise<void> | undefined {
    return this.sync?.wait();
  }

  /** Writes a full snapshot of `source` and starts a fresh journal. */
  compact(source: SnapshotSource): void {
    const next = this.generation + 1;
    const tmp = path.join(this.dir, SNAPSHOT_TMP);
    const fd = fs.openSync(tmp, 'w');
    try {
      const chunks: Buffer[] = [frameLine({ generation: next, collections: source.collections })];
      let pending = chunks[0].length;
      const flush = () => {
        writeAll(fd, Buffer.concat(chunks));
        chunks.length = 0;
        pending = 0;
      };
      for (const [c, d] of source.docs()) {
        const line = frameLine({ c, d });
        chunks.push(line);
        pending += line.length;
        if (pending > 1 << 20) flush();
      }
      flush();
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, path.join(this.dir, SNAPSHOT));
    fsyncDir(this.dir);
    const oldFd = this.fd;
    const oldFile = path.join(this.dir, journalName(this.generation));
    this.fd = fs.openSync(path.join(this.dir, journalName(next)), 'a+');
    this.generation = next;
    this.bytes = 0;
    if (this.sync) {
      // the fsynced snapshot holds every batch so far, including those still waiting for a sync
      fsyncDir(this.dir);
      this.sync.allSynced();
      this.sync.retire(oldFd);
    } else fs.closeSync(oldFd);
    fs.rmSync(oldFile, { force: true });
  }

  close(): void {
    if (this.fd < 0) return;
    if (this.sync) {
      this.sync.flushSync();
      this.sync.retire(this.fd);
    } else fs.closeSync(this.fd);
    this.fd = -1;
  }
}
