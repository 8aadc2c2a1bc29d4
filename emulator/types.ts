/**
 * Public types of the local CloudBase emulator (server.ts) and its plugins.
 *
 * Wire protocol (what @cloudbase/node-sdk 3.17.2 sends): `POST /admin?env=…&seqId=…` with a JSON body
 * `{ action, … }` (or multipart/form-data for `wx.openApi` / `wx.wxPayApi`). The emulator answers HTTP 200
 * with `{ requestId, data }`, or `{ requestId, code, message }` for an error (the SDK rejects with it).
 */
import type http from 'node:http';

/** A stored document: plain JSON values plus Date, RegExp and ObjectIdValue (see store/ejson.ts). */
export type Doc = Record<string, unknown>;
export type DocId = string | number;

/** Seeding/inspection access to the store. Writes here are durable but are not counted in stats(). */
export interface StoreApi {
  /** Inserts documents (an `_id` is generated when missing); throws on a duplicate `_id`. Returns the ids. */
  insert(collection: string, docs: Doc | Doc[]): DocId[];
  /** Inserts or replaces a whole document by its `_id`. */
  put(collection: string, doc: Doc): void;
  /** Removes one document by `_id`; true when it existed. */
  remove(collection: string, id: DocId): boolean;
  /** Documents matching a MongoDB query (all when omitted), in insertion order, as deep copies. */
  find(collection: string, filter?: Doc): Doc[];
  get(collection: string, id: DocId): Doc | undefined;
  count(collection: string, filter?: Doc): number;
  /** Empties one collection (keeps it), or drops every collection when called without a name. */
  clear(collection?: string): void;
  collections(): string[];
}

export interface PluginContext {
  /** The emulator's data folder (plugins keep their own files under it). */
  dataDir: string;
  /** e.g. http://127.0.0.1:PORT (no trailing slash). */
  baseUrl: string;
  store: StoreApi;
  /** The `env` of the request (query string `env=`), or 'local'. */
  env: string;
}

/**
 * An action handler returns the `data` of the answer (sent as `{ requestId, data }`), or a Buffer, which is
 * sent as-is with content-type application/octet-stream (wx.openApi answers a protobuf body).
 * Throw an Error with a string `code` to answer `{ code, message }`.
 * The body is the parsed request: JSON fields, or multipart fields (text parts as strings, binary parts as Buffers).
 */
export type PluginAction = (body: any, ctx: PluginContext) => Promise<any>;

export interface EmulatorPlugin {
  name: string;
  actions?: Record<string, PluginAction>;
  /** Handles any non-/admin HTTP request; resolve true when it answered. */
  route?: (req: http.IncomingMessage, res: http.ServerResponse, ctx: PluginContext) => Promise<boolean>;
}

/** Calls per collection and kind since start (or the last reset). */
export interface CollectionOps {
  /** getDocument / getInTransaction */
  read: number;
  insert: number;
  /** modifyDocument / modifyAndReturnDoc / updateDocInTransaction */
  update: number;
  /** removeDocument / deleteDocInTransaction */
  remove: number;
  /** calculateDocument */
  count: number;
  /** aggregateDocuments */
  aggregate: number;
  /** how many of the calls above ran inside a transaction */
  tx: number;
}
export type OpStats = Record<string, CollectionOps>;

export interface TxStats {
  start: number;
  commit: number;
  abort: number;
  /** writes and commits refused with DATABASE_TRANSACTION_CONFLICT */
  conflict: number;
}

/**
 * One index of a collection, as in `cloudfunctions/database.json` (`collections.<name>.indexes[]`):
 * `{ name: 'claimSlot_1', keys: { claimSlot: 1 }, unique: true }`. The emulator enforces the unique ones
 * (store/unique.ts); the others only document what to create in the CloudBase console.
 */
export interface IndexDefinition {
  name: string;
  /** field (dotted path allowed) → 1 or -1, in key order */
  keys: Record<string, number | string>;
  unique?: boolean;
}

/** Index definitions by collection name. */
export type IndexDefinitions = Record<string, IndexDefinition[]>;

export interface EmulatorOptions {
  dataDir: string;
  /**
   * Indexes per collection; unique ones are enforced on every write (default: none). The CLI and the
   * gateway pass those of cloudfunctions/database.json (store/index-file.ts).
   */
  indexes?: IndexDefinitions;
  /** 0 (default) = a random free port. */
  port?: number;
  /** default 127.0.0.1 */
  host?: string;
  plugins?: EmulatorPlugin[];
  /**
   * How long a transactional read of a document waits for another open transaction that already read or
   * wrote that document (default 1000 ms; 0 = no wait, as in CloudBase: a conflicting write fails at once).
   */
  txLockWaitMs?: number;
  /** An idle transaction is discarded after this long (default 30 000 ms). */
  txTimeoutMs?: number;
  /** Journal size that triggers a snapshot + new journal (default 32 MiB). */
  compactBytes?: number;
  /**
   * 'process' (default): an acknowledged write survives the emulator being killed (journal write(2) before
   * the answer). 'power': it also survives a power cut or OS crash (fdatasync before the answer, shared by
   * concurrent writes: group commit). See docs/journal.md.
   */
  durability?: 'process' | 'power';
}

export interface EmulatorHandle {
  /** e.g. http://127.0.0.1:PORT */
  url: string;
  /** url + '/admin' — give this to cloud.init({ serviceUrl }) or TCB_CONTEXT_CNFG. */
  serviceUrl: string;
  port: number;
  /**
   * The data folder's credentials (`<dataDir>/credentials.json`): every /admin and /__stats request must
   * carry a TC3 signature made with them — give them to cloud.init({ secretId, secretKey }) or
   * TENCENTCLOUD_SECRETID / TENCENTCLOUD_SECRETKEY (sdk-env.ts).
   */
  credentials: { secretId: string; secretKey: string };
  close(): Promise<void>;
  stats(): OpStats;
  txStats(): TxStats;
  resetStats(): void;
  store: StoreApi;
}
