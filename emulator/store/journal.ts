/**
 * Files of the store: `snapshot.ejsonl` (a header line `{ "generation": G, "collections": [...] }`, then one
 * `{ "c": name, "d": doc }` line per document) and the append-only `journal-G.ejsonl` (one line per
 * acknowledged write batch). A batch is a single write(2) of one line, done before the answer is sent, so
 * `kill -9` keeps every acknowledged write (the page cache survives the process; fsync is done only for
 * snapshots). A torn last line (a write cut by the kill) is dropped and cut off at start.
 *
 * Compaction: write `snapshot.tmp` with generation G+1, fsync, rename over the snapshot, start
 * `journal-(G+1)`, delete `journal-G`. A crash at any point leaves either the old snapshot + old journal or
 * the new snapshot (+ maybe an empty new journal); stale journals and tmp files are removed at start.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseEJSON, stringifyEJSON } from './ejson';

const SNAPSHOT = 'snapshot.ejsonl';
const SNAPSHOT_TMP = 'snapshot.tmp';
const journalName = (g: number) => `journal-${g}.ejsonl`;

export interface SnapshotSource {
  collections: string[];
  docs(): Iterable<[string, unknown]>;
}

export interface Replayed {
  collections: string[];
  docs: Array<[string, any]>;
  batches: any[];
}

/** Parses complete lines; returns them and the byte length of the valid prefix. */
function readLines(file: string): { lines: any[]; validBytes: number } {
  if (!fs.existsSync(file)) return { lines: [], validBytes: 0 };
  const buf = fs.readFileSync(file);
  const lines: any[] = [];
  let start = 0;
  let validBytes = 0;
  for (let i = buf.indexOf(10, start); i !== -1; i = buf.indexOf(10, start)) {
    const line = buf.toString('utf8', start, i);
    start = i + 1;
    if (line.length === 0) {
      validBytes = start;
      continue;
    }
    try {
      lines.push(parseEJSON(line));
    } catch {
      break;
    }
    validBytes = start;
  }
  return { lines, validBytes };
}

export class Journal {
  private fd = -1;
  private generation = 0;
  private bytes = 0;

  constructor(private readonly dir: string) {}

  /** Loads the snapshot and the journal's batches; leaves the journal open for appends. */
  open(): Replayed {
    fs.mkdirSync(this.dir, { recursive: true });
    fs.rmSync(path.join(this.dir, SNAPSHOT_TMP), { force: true });
    const out: Replayed = { collections: [], docs: [], batches: [] };
    const snap = readLines(path.join(this.dir, SNAPSHOT));
    if (snap.lines.length > 0) {
      const header = snap.lines[0] as { generation: number; collections: string[] };
      this.generation = header.generation;
      out.collections = header.collections;
      for (let i = 1; i < snap.lines.length; i++) {
        const line = snap.lines[i] as { c: string; d: unknown };
        out.docs.push([line.c, line.d]);
      }
    }
    for (const name of fs.readdirSync(this.dir)) {
      const m = /^journal-(\d+)\.ejsonl$/.exec(name);
      if (m && Number(m[1]) < this.generation) fs.rmSync(path.join(this.dir, name), { force: true });
    }
    const file = path.join(this.dir, journalName(this.generation));
    const { lines, validBytes } = readLines(file);
    out.batches = lines;
    this.fd = fs.openSync(file, 'a+');
    if (fs.fstatSync(this.fd).size !== validBytes) fs.ftruncateSync(this.fd, validBytes);
    this.bytes = validBytes;
    return out;
  }

  get size(): number {
    return this.bytes;
  }

  append(batch: unknown): void {
    const buf = Buffer.from(stringifyEJSON(batch) + '\n', 'utf8');
    let off = 0;
    while (off < buf.length) off += fs.writeSync(this.fd, buf, off, buf.length - off);
    this.bytes += buf.length;
  }

  /** Writes a full snapshot of `source` and starts a fresh journal. */
  compact(source: SnapshotSource): void {
    const next = this.generation + 1;
    const tmp = path.join(this.dir, SNAPSHOT_TMP);
    const fd = fs.openSync(tmp, 'w');
    try {
      const chunks: string[] = [JSON.stringify({ generation: next, collections: source.collections })];
      let pending = chunks[0].length;
      const flush = () => {
        const buf = Buffer.from(chunks.join('\n') + '\n', 'utf8');
        let off = 0;
        while (off < buf.length) off += fs.writeSync(fd, buf, off, buf.length - off);
        chunks.length = 0;
        pending = 0;
      };
      for (const [c, d] of source.docs()) {
        const line = stringifyEJSON({ c, d });
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
    const oldFd = this.fd;
    const oldFile = path.join(this.dir, journalName(this.generation));
    this.fd = fs.openSync(path.join(this.dir, journalName(next)), 'a+');
    this.generation = next;
    this.bytes = 0;
    fs.closeSync(oldFd);
    fs.rmSync(oldFile, { force: true });
  }

  close(): void {
    if (this.fd >= 0) fs.closeSync(this.fd);
    this.fd = -1;
  }
}
