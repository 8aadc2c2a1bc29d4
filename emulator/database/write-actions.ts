/**
 * insertDocument → `{ data: { insertedIds } }` (all or nothing; a duplicate `_id` fails with E11000; an
 * ObjectId `_id` answered as its hex string, as CloudBase does);
 * modifyDocument → `{ data: { updated, upsert_id? } }` where `updated` counts documents actually changed
 * (MongoDB's nModified: setting a field to its current value reports 0);
 * modifyAndReturnDoc → `{ data: { updated, doc } }` (the document after the update);
 * removeDocument → `{ data: { deleted } }`; addCollection → `{}` (fails when the collection exists).
 * An insert creates its collection when missing (the emulator keeps that leniency); the others answer
 * DATABASE_COLLECTION_NOT_EXIST for a collection that was never created, as CloudBase does.
 */
import { isEqual } from 'mingo/util';
import type { Doc } from '../types';
import { isPlainObject, ObjectIdValue, stringifyEJSON } from '../store/ejson';
import { newDocId } from '../store/keys';
import { Codes, DbError, invalidParam } from './errors';
import { toAnswer, type Answer } from './read-actions';
import { collectionName, docIdOf, ejsonField, objectField, queryOf } from './request';
import { keyOf, openAction, type Change, type DbContext, type Session } from './session';
import { applyUpdate, normalizeModifier, replaceDoc } from './update';

/** An `_id` in an answer: an ObjectId as its hex string. */
const answerId = (id: unknown) => (id instanceof ObjectIdValue ? id.hex : id);

function duplicate(coll: string, id: unknown): DbError {
  return new DbError(
    Codes.REQUEST_FAILED,
    `[DuplicateWrite] E11000 duplicate key error collection: ${coll} index: _id_ dup key: { _id: ${stringifyEJSON(id)} }`,
  );
}

export async function insertDocument(ctx: DbContext, body: Doc): Promise<Answer> {
  const { coll, session } = openAction(ctx, body, 'insert');
  const raw: unknown[] = Array.isArray(body.data) ? body.data : [body.data];
  if (raw.length === 0) throw invalidParam('data must not be empty');
  const docs = raw.map((r) => {
    const d = ejsonField(r, 'data');
    if (!isPlainObject(d)) throw invalidParam('each document must be an object');
    const bad = Object.keys(d).find((k) => k.startsWith('$'));
    if (bad) throw invalidParam(`Document can't have $ prefixed field names: ${bad}`);
    return d._id === undefined ? { _id: newDocId(), ...d } : d;
  });
  const seen = new Set<string>();
  for (const d of docs) {
    const k = keyOf(d._id);
    if (seen.has(k) || session.byId(coll, d._id)) throw duplicate(coll, d._id);
    seen.add(k);
  }
  session.write(docs.map((d) => ({ coll, id: d._id, doc: d })));
  return { data: { insertedIds: docs.map((d) => answerId(d._id)) } };
}

interface Modified {
  updated: number;
  upsertId?: unknown;
  last?: Doc;
}

function modify(session: Session, coll: string, body: Doc, opts: { multi: boolean }): Modified {
  const query = queryOf(body);
  const data = objectField(body, 'data');
  const replace = body.merge === false;
  const targets = session.select(coll, query);
  const chosen = opts.multi ? targets : targets.slice(0, 1);
  const changes: Change[] = [];
  let last: Doc | undefined;
  if (replace) {
    const target = chosen[0];
    if (target) {
      const doc = replaceDoc(target.doc._id, data);
      if (!isEqual(doc, target.doc)) changes.push({ coll, id: doc._id, doc });
      last = doc;
    } else if (body.upsert === true) {
      const id = docIdOf(query) ?? newDocId();
      const doc = replaceDoc(id, data);
      session.write([{ coll, id, doc }]);
      return { updated: 0, upsertId: id, last: doc };
    }
  } else {
    const modifier = normalizeModifier(data);
    if (Object.keys(modifier).length === 0) return { updated: 0, last: chosen[0]?.doc };
    for (const t of chosen) {
      const out = applyUpdate(t.doc, modifier);
      if (out.modified) changes.push({ coll, id: t.doc._id, doc: out.doc });
      last = out.doc;
    }
    if (chosen.length === 0 && body.upsert === true) {
      const id = docIdOf(query) ?? newDocId();
      const out = applyUpdate({ _id: id }, modifier);
      session.write([{ coll, id, doc: out.doc }]);
      return { updated: 0, upsertId: id, last: out.doc };
    }
  }
  session.write(changes);
  return { updated: changes.length, last };
}

export async function modifyDocument(ctx: DbContext, body: Doc): Promise<Answer> {
  const { coll, session } = openAction(ctx, body, 'update');
  return session.guarded(coll, docIdOf(queryOf(body)), () => {
    const res = modify(session, coll, body, { multi: body.multi === true });
    return { data: { updated: res.updated, ...(res.upsertId !== undefined ? { upsert_id: answerId(res.upsertId) } : {}) } };
  });
}

export async function modifyAndReturnDoc(ctx: DbContext, body: Doc): Promise<Answer> {
  const { coll, session } = openAction(ctx, body, 'update');
  return session.guarded(coll, docIdOf(queryOf(body)), () => {
    const res = modify(session, coll, { ...body, merge: body.merge ?? true }, { multi: false });
    return { data: { updated: res.updated, doc: res.last ? toAnswer(res.last) : null } };
  });
}

export async function removeDocument(ctx: DbContext, body: Doc): Promise<Answer> {
  const { coll, session } = openAction(ctx, body, 'remove');
  const query = queryOf(body);
  return session.guarded(coll, docIdOf(query), () => {
    const targets = session.select(coll, query);
    const chosen = body.multi === true ? targets : targets.slice(0, 1);
    session.write(chosen.map((t) => ({ coll, id: t.doc._id, doc: null })));
    return { data: { deleted: chosen.length } };
  });
}

export async function addCollection(ctx: DbContext, body: Doc): Promise<Answer> {
  const coll = collectionName(body);
  if (ctx.store.collection(coll)) throw new DbError(Codes.COLLECTION_EXIST, `collection ${coll} already exists`);
  ctx.store.commit([{ op: 'create', c: coll }]);
  return {};
}
