/**
 * The few protobuf messages wx-server-sdk 4.0.2 exchanges for `wx.openApi` (see its bundled
 * src/protobuf/openapi.js): the request field `requestData` is a `CommApiData`, the answer body a
 * `CommOpenApiResp`. A hand-written codec for just these fields keeps protobufjs out of the emulator.
 *
 *   KeyValuePair    { 1 key: string, 2 value: bytes, 3 contenttype: string, 4 filename: string }
 *   OpenApiData     { 1 pairs: repeated KeyValuePair }
 *   CommApiData     { 1 apiType: int32, 2 openapiData: OpenApiData, 6 appid: string, 3–5 other api kinds }
 *   CommOpenApiResp { 1 respData: bytes, 2 contentType: string, 3 errorCode: int32, 4 httpCode: uint32 }
 */

export type KeyValuePair = { key: string; value: Buffer; contenttype?: string; filename?: string };
export type CommApiData = { apiType: number; appid?: string; pairs: KeyValuePair[] };
export type CommOpenApiResp = { respData?: Buffer; contentType?: string; errorCode?: number; httpCode?: number };

type Field = { no: number; wire: number; int?: bigint; bytes?: Buffer };

function readVarint(buf: Buffer, pos: number): [bigint, number] {
  let result = 0n;
  let shift = 0n;
  for (;;) {
    if (pos >= buf.length) throw new Error('protobuf: truncated varint');
    const b = buf[pos++];
    result |= BigInt(b & 0x7f) << shift;
    if ((b & 0x80) === 0) return [result, pos];
    shift += 7n;
    if (shift > 63n) throw new Error('protobuf: varint too long');
  }
}

function readFields(buf: Buffer): Field[] {
  const fields: Field[] = [];
  let pos = 0;
  while (pos < buf.length) {
    const [tag, afterTag] = readVarint(buf, pos);
    pos = afterTag;
    const no = Number(tag >> 3n);
    const wire = Number(tag & 7n);
    if (wire === 0) {
      const [int, next] = readVarint(buf, pos);
      fields.push({ no, wire, int });
      pos = next;
    } else if (wire === 2) {
      const [len, next] = readVarint(buf, pos);
      const end = next + Number(len);
      if (end > buf.length) throw new Error('protobuf: truncated bytes');
      fields.push({ no, wire, bytes: buf.subarray(next, end) });
      pos = end;
    } else if (wire === 1) {
      pos += 8;
    } else if (wire === 5) {
      pos += 4;
    } else {
      throw new Error(`protobuf: unsupported wire type ${wire}`);
    }
  }
  if (pos !== buf.length) throw new Error('protobuf: truncated fixed field');
  return fields;
}

function decodePair(buf: Buffer): KeyValuePair {
  const pair: KeyValuePair = { key: '', value: Buffer.alloc(0) };
  for (const f of readFields(buf)) {
    if (!f.bytes) continue;
    if (f.no === 1) pair.key = f.bytes.toString('utf8');
    else if (f.no === 2) pair.value = Buffer.from(f.bytes);
    else if (f.no === 3) pair.contenttype = f.bytes.toString('utf8');
    else if (f.no === 4) pair.filename = f.bytes.toString('utf8');
  }
  return pair;
}

export function decodeCommApiData(buf: Buffer): CommApiData {
  const out: CommApiData = { apiType: 0, pairs: [] };
  for (const f of readFields(buf)) {
    if (f.no === 1 && f.int !== undefined) out.apiType = Number(BigInt.asIntN(32, f.int));
    else if (f.no === 2 && f.bytes) {
      for (const p of readFields(f.bytes)) if (p.no === 1 && p.bytes) out.pairs.push(decodePair(p.bytes));
    } else if (f.no === 6 && f.bytes) out.appid = f.bytes.toString('utf8');
  }
  return out;
}

function varint(value: bigint): Buffer {
  const bytes: number[] = [];
  let v = BigInt.asUintN(64, value);
  do {
    let b = Number(v & 0x7fn);
    v >>= 7n;
    if (v > 0n) b |= 0x80;
    bytes.push(b);
  } while (v > 0n);
  return Buffer.from(bytes);
}

const tag = (no: number, wire: number): Buffer => varint(BigInt((no << 3) | wire));
const lenField = (no: number, bytes: Buffer): Buffer[] => [tag(no, 2), varint(BigInt(bytes.length)), bytes];
const intField = (no: number, n: number): Buffer[] => [tag(no, 0), varint(BigInt(n))];

export function encodeCommOpenApiResp(msg: CommOpenApiResp): Buffer {
  const parts: Buffer[] = [];
  if (msg.respData) parts.push(...lenField(1, msg.respData));
  if (msg.contentType !== undefined) parts.push(...lenField(2, Buffer.from(msg.contentType, 'utf8')));
  if (msg.errorCode) parts.push(...intField(3, msg.errorCode));
  if (msg.httpCode) parts.push(...intField(4, msg.httpCode));
  return Buffer.concat(parts);
}

/** The inverse of the SDK's encoder, for tests and tools that talk to the emulator without the SDK. */
export function encodeCommApiData(msg: CommApiData): Buffer {
  const pairs = msg.pairs.map((p) => {
    const inner: Buffer[] = [...lenField(1, Buffer.from(p.key)), ...lenField(2, p.value)];
    if (p.contenttype) inner.push(...lenField(3, Buffer.from(p.contenttype)));
    if (p.filename) inner.push(...lenField(4, Buffer.from(p.filename)));
    return Buffer.concat(lenField(1, Buffer.concat(inner)));
  });
  const parts: Buffer[] = [...intField(1, msg.apiType), ...lenField(2, Buffer.concat(pairs))];
  if (msg.appid) parts.push(...lenField(6, Buffer.from(msg.appid)));
  return Buffer.concat(parts);
}

export function decodeCommOpenApiResp(buf: Buffer): CommOpenApiResp {
  const out: CommOpenApiResp = {};
  for (const f of readFields(buf)) {
    if (f.no === 1 && f.bytes) out.respData = Buffer.from(f.bytes);
    else if (f.no === 2 && f.bytes) out.contentType = f.bytes.toString('utf8');
    else if (f.no === 3 && f.int !== undefined) out.errorCode = Number(BigInt.asIntN(32, f.int));
    else if (f.no === 4 && f.int !== undefined) out.httpCode = Number(f.int);
  }
  return out;
}
