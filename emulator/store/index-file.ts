/**
 * Reads the project's index declarations, `cloudfunctions/database.json`:
 *   { "_comment": "…", "collections": { "<name>": { "indexes": [ { "name": "claimSlot_1", "keys": { "claimSlot": 1 }, "unique": true } ] } } }
 * The same list is what to create in the CloudBase console; the emulator enforces the unique ones.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { IndexDefinitions } from '../types';
import { isPlainObject } from './ejson';

export const INDEX_FILE_NAME = 'database.json';

/** The definitions of `file` by collection; throws a clear error for a malformed file. */
export function readIndexFile(file: string): IndexDefinitions {
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`cannot read index definitions from ${file}: ${(e as Error).message}`);
  }
  const collections = isPlainObject(parsed) ? parsed.collections : undefined;
  if (!isPlainObject(collections)) throw new Error(`${file}: expected { "collections": { "<name>": { "indexes": [ … ] } } }`);
  const out: IndexDefinitions = {};
  for (const [name, spec] of Object.entries(collections)) {
    const indexes = isPlainObject(spec) ? spec.indexes : undefined;
    if (!Array.isArray(indexes)) throw new Error(`${file}: collections.${name}.indexes must be a list`);
    out[name] = indexes;
  }
  return out;
}

/** The definitions in `<functionsDir>/database.json`, or none when the file does not exist. */
export function projectIndexes(functionsDir: string): IndexDefinitions {
  const file = path.join(functionsDir, INDEX_FILE_NAME);
  return fs.existsSync(file) ? readIndexFile(file) : {};
}
