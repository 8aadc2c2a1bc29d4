/**
 * Checksummed lines, the unit of the store's files (journal.ts). A line is
 *
 *   <length> <crc32> <payload>\n
 *
 * `length` is the payload's size in bytes (decimal), `crc32` the IEEE CRC-32 of those bytes (as zlib and gzip
 * compute it) in 8 lowercase hex digits, `payload` one EJSON value (JSON never holds a raw newline). Example:
 * `27 5c0f3a1e {"ops":[{"op":"create","c":"x"}]}` (numbers illustrative). A line that starts with `{` is a
 * legacy line: plain EJSON without length or checksum, as the first format wrote; it is read but never
 * written, and is refused after a checksummed line (a new writer never goes back to it).
 *
 * `scanLines` reads a whole file into entries and damaged regions. After a damaged line it resynchronises on
 * the next line that decodes and passes the caller's shape check (a checksummed line is found at any byte, so
 * a damaged newline does not cost the next line too), which is what db:repair keeps.
 */
import { crc32 } from 'node:zlib';
import { parseEJSON, stringifyEJSON } from './ejson';

const NL = 0x0a;
const SPACE = 0x20;
const BRACE = 0x7b;
const MAX_LEN_DIGITS = 10;

export function frameLine(value: unknown): Buffer {
  const payload = stringifyEJSON(value);
  const len = Buffer.byteLength(payload, 'utf8');
  const headLen = String(len).length + 10;
  const buf = Buffer.allocUnsafe(headLen + len + 1);
  buf.write(payload, headLen, 'utf8');
  const crc = crc32(buf.subarray(headLen, headLen + len));
  buf.write(`${len} ${crc.toString(16).padStart(8, '0')} `, 0, 'latin1');
  buf[headLen + len] = NL;
  return buf;
}

const isDigit = (c: number | undefined) => c !== undefined && c >= 0x30 && c <= 0x39;
const isHex = (c: number) => isDigit(c) || (c >= 0x61 && c <= 0x66);

interface Header {
  len: number;
  crc: number;
  /** offset of the payload */
  at: number;
}

/** Parses `<length> <crc32> ` at `start`; undefined when the bytes there are not such a header. */
function header(buf: Buffer, start: number, end: number): Header | undefined {
  let i = start;
  while (i < end && isDigit(buf[i]) && i - start < MAX_LEN_DIGITS) i++;
  if (i === start || i >= end || buf[i] !== SPACE) return undefined;
  const len = Number(buf.toString('latin1', start, i));
  const h = i + 1;
  if (h + 9 > end) return undefined;
  for (let k = h; k < h + 8; k++) if (!isHex(buf[k])) return undefined;
  if (buf[h + 8] !== SPACE) return undefined;
  return { len, crc: parseInt(buf.toString('latin1', h, h + 8), 16), at: h + 9 };
}

type Decoded = { value: unknown; framed: boolean } | { reason: string };

/** Decodes the line [start, end) (`end` = the index of its newline). */
function decodeLine(buf: Buffer, start: number, end: number): Decoded {
  if (buf[start] === BRACE) {
    try {
      return { value: parseEJSON(buf.toString('utf8', start, end)), framed: false };
    } catch {
      return { reason: 'not valid JSON' };
    }
  }
  const h = header(buf, start, end);
  if (!h) return { reason: 'no "<length> <crc32> " prefix' };
  if (end - h.at !== h.len) return { reason: `length ${end - h.at} does not match the prefix's ${h.len}` };
  if (crc32(buf.subarray(h.at, end)) !== h.crc) return { reason: 'checksum mismatch' };
  try {
    return { value: parseEJSON(buf.toString('utf8', h.at, end)), framed: true };
  } catch {
    return { reason: 'payload is not valid JSON' };
  }
}

/** A shape check: the reason a decoded value is not what the file holds, or undefined when it is. */
export type Check = (value: unknown) => string | undefined;

export interface Entry {
  offset: number;
  /** bytes including the newline */
  length: number;
  value: unknown;
  framed: boolean;
}

export interface Region {
  offset: number;
  length: number;
  reason: string;
  /** about how many lines it held: the line starts in it that begin like a line (at least 1) */
  lines: number;
}

export interface Scan {
  entries: Entry[];
  damaged: Region[];
  /** an incomplete last line (a write cut short), when the caller allows one */
  torn?: Region;
}

/** The line at `start` if it ends with a newline, decodes and passes `check`. */
function lineAt(buf: Buffer, start: number, check: Check, framedSeen: boolean): Entry | { reason: string } {
  const end = buf.indexOf(NL, start);
  if (end === -1) return { reason: 'no newline' };
  const d = decodeLine(buf, start, end);
  if ('reason' in d) return d;
  if (!d.framed && framedSeen) return { reason: 'a plain line after checksummed lines' };
  const bad = check(d.value);
  if (bad) return { reason: bad };
  return { offset: start, length: end + 1 - start, value: d.value, framed: d.framed };
}

/** The first offset after `from` where a good line starts (buf.length when none does). */
function resync(buf: Buffer, from: number, check: Check, framedSeen: boolean): number {
  for (let q = from; q < buf.length; q++) {
    const c = buf[q];
    const prev = buf[q - 1];
    const candidate = (isDigit(c) && !isDigit(prev)) || (c === BRACE && (prev === NL || prev === 0));
    if (candidate && 'value' in lineAt(buf, q, check, framedSeen)) return q;
  }
  return buf.length;
}

/**
 * True when the newline-less tail [start, end of file) looks like one write cut short: zeros (a file
 * extended but not written before a power cut), the start of a legacy line, or a checksummed line whose
 * prefix is incomplete or promises at least the bytes present.
 */
function looksTorn(buf: Buffer, start: number): boolean {
  if (buf.subarray(start).every((b) => b === 0)) return true;
  if (buf[start] === BRACE) return true;
  const h = header(buf, start, buf.length);
  if (h) return buf.length - h.at <= h.len;
  return /^\d{1,10}( [0-9a-f]{0,8})?$/.test(buf.toString('latin1', start, Math.min(buf.length, start + 20)));
}

function linesIn(buf: Buffer, start: number, end: number): number {
  let n = 0;
  for (let p = start; p !== -1 && p < end; p = buf.indexOf(NL, p) + 1 || -1) {
    if (buf[p] === BRACE || header(buf, p, end)) n++;
  }
  return Math.max(1, n);
}

export function scanLines(buf: Buffer, check: Check, opts: { allowTornTail: boolean }): Scan {
  const out: Scan = { entries: [], damaged: [] };
  let framedSeen = false;
  let pos = 0;
  while (pos < buf.length) {
    if (buf[pos] === NL) {
      pos++; // a blank line holds nothing
      continue;
    }
    const line = lineAt(buf, pos, check, framedSeen);
    if ('value' in line) {
      out.entries.push(line);
      framedSeen ||= line.framed;
      pos += line.length;
      continue;
    }
    if (buf.indexOf(NL, pos) === -1 && opts.allowTornTail && looksTorn(buf, pos)) {
      out.torn = { offset: pos, length: buf.length - pos, reason: 'incomplete last line', lines: 1 };
      break;
    }
    const next = resync(buf, pos + 1, check, framedSeen);
    out.damaged.push({ offset: pos, length: next - pos, reason: line.reason, lines: linesIn(buf, pos, next) });
    pos = next;
  }
  return out;
}
