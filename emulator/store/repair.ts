/**
 * db:repair (scripts/db-repair.ts): rewrites a damaged snapshot or journal of a stopped store with every
 * intact line — also those after the damage — and without the damaged bytes. Each rewrite is atomic (tmp +
 * fsync + rename + fsync of the folder) and the damaged file is first copied to `<file>.damaged-<time>`.
 * A snapshot whose header line is lost gets a new header: generation = the newest journal's, collections =
 * those of its documents.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fsyncDir, journalGenerations, journalName, readSnapshot, scanJournal, SNAPSHOT } from './journal';
import { frameLine, type Entry, type Region } from './lines';
import { lockHolder } from './store';

export interface FileRepair {
  file: string;
  /** what a kept line is: 'batches' or 'documents' */
  unit: string;
  kept: number;
  dropped: Region[];
  /** an incomplete last line, cut off (never acknowledged) */
  torn?: Region;
  /** where the damaged file was copied, when it was rewritten */
  backup?: string;
}

export interface RepairReport {
  dir: string;
  files: FileRepair[];
}

const STORE_FILE = /^(snapshot\.ejsonl|journal-\d+\.ejsonl)$/;

/** The store folder: DIR itself, or DIR/cloudbase for the gateway's data folder. */
export function storeDirOf(dir: string): string {
  const nested = path.join(dir, 'cloudbase');
  if (fs.existsSync(nested) && fs.statSync(nested).isDirectory()) return nested;
  if (!fs.existsSync(dir)) throw new Error(`no such folder: ${dir}`);
  return dir;
}

function rewrite(file: string, parts: Buffer[]): string {
  const backup = `${file}.damaged-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  fs.copyFileSync(file, backup);
  const tmp = `${file}.repair-tmp`;
  const fd = fs.openSync(tmp, 'w');
  try {
    const buf = Buffer.concat(parts);
    for (let off = 0; off < buf.length;) off += fs.writeSync(fd, buf, off, buf.length - off);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(tmp, file);
  fsyncDir(path.dirname(file));
  return backup;
}

const bytesOf = (buf: Buffer, entries: Entry[]) => entries.map((e) => buf.subarray(e.offset, e.offset + e.length));

export function repairStore(dataDir: string): RepairReport {
  const dir = storeDirOf(dataDir);
  const names = fs.readdirSync(dir);
  if (!names.some((n) => STORE_FILE.test(n))) throw new Error(`${dir} holds no store files (snapshot.ejsonl, journal-N.ejsonl)`);
  const holder = lockHolder(dir);
  if (holder) throw new Error(`${dir} is in use by process ${holder}: stop it first`);
  const report: RepairReport = { dir, files: [] };
  const generations = journalGenerations(dir);

  let generation = 0;
  const snapFile = path.join(dir, SNAPSHOT);
  if (fs.existsSync(snapFile)) {
    const buf = fs.readFileSync(snapFile);
    const snap = readSnapshot(buf);
    generation = snap.header?.generation ?? Math.max(0, ...generations);
    const entry: FileRepair = { file: snapFile, unit: 'documents', kept: snap.docs.length, dropped: snap.damaged };
    if (snap.damaged.length) {
      const collections = new Set(snap.header?.collections ?? []);
      for (const e of snap.docs) collections.add((e.value as { c: string }).c);
      const header = frameLine({ generation, collections: [...collections] });
      entry.backup = rewrite(snapFile, [header, ...bytesOf(buf, snap.docs)]);
    }
    report.files.push(entry);
  }
  const newer = generations.filter((g) => g > generation);
  if (newer.length)
    throw new Error(
      `${journalName(Math.max(...newer))} is newer than the snapshot (generation ${generation}): restore the folder from a backup`,
    );

  const file = path.join(dir, journalName(generation));
  if (fs.existsSync(file)) {
    const buf = fs.readFileSync(file);
    const scan = scanJournal(buf);
    const entry: FileRepair = { file, unit: 'batches', kept: scan.entries.length, dropped: scan.damaged, torn: scan.torn };
    if (scan.damaged.length || scan.torn) entry.backup = rewrite(file, bytesOf(buf, scan.entries));
    const again = scanJournal(fs.readFileSync(file));
    if (again.damaged.length || again.torn || again.entries.length !== scan.entries.length)
      throw new Error(`${file}: the rewritten journal does not read back clean`);
    report.files.push(entry);
  }
  return report;
}

/** The report as printed by db:repair. */
export function describeRepair(report: RepairReport): string {
  const out = [`db:repair ${report.dir}`];
  for (const f of report.files) {
    const name = path.basename(f.file);
    const droppedLines = f.dropped.reduce((n, r) => n + r.lines, 0);
    if (!f.backup) {
      out.push(`  ${name}: intact, ${f.kept} ${f.unit} — nothing to do`);
      continue;
    }
    out.push(`  ${name}: kept ${f.kept} ${f.unit}, dropped ${f.dropped.length} damaged region(s) holding about ${droppedLines} ${f.unit}`);
    for (const r of f.dropped)
      out.push(`    dropped ${name} at byte offset ${r.offset}, length ${r.length} bytes (about ${r.lines} line(s)): ${r.reason}`);
    if (f.torn)
      out.push(
        `    cut off ${name} at byte offset ${f.torn.offset}, length ${f.torn.length} bytes: incomplete last line (never acknowledged)`,
      );
    out.push(`    backup of the damaged file: ${f.backup}`);
    out.push(`    rewrote ${name} (tmp + fsync + rename)`);
  }
  const changed = report.files.filter((f) => f.backup).length;
  out.push(changed ? `repaired ${changed} file(s); the emulator can start again` : 'nothing to repair');
  return out.join('\n');
}
