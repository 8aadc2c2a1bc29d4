/**
 * Transaction actions. startTransaction → `{ transactionId }` (top level, not in `data`);
 * commitTransaction / abortTransaction → `{}`; the legacy updateDocInTransaction → `{ updated: "n",
 * upserted? }` and deleteDocInTransaction → `{ deleted: "n" }` (EJSON strings, as transaction.ts parses them).
 * Inside a transaction the ordinary actions carry `transactionId` (see session.ts).
 */
import type { Doc } from '../types';
import { Codes, DbError, asDbError, invalidParam } from './errors';
import type { Answer } from './read-actions';
import { collectionName, objectField } from './request';
import { Session, type DbContext } from './session';
import { applyUpdate, normalizeModifier, replaceDoc } from './update';

export async function startTransaction(ctx: DbContext): Promise<Answer> {
  ctx.stats.transaction('start');
  return { transactionId: ctx.txm.start().id };
}

export async function commitTransaction(ctx: DbContext, body: Doc): Promise<Answer> {
  const tx = ctx.txm.get(body.transactionId);
  try {
    ctx.txm.commit(tx);
    ctx.stats.transaction('commit');
  } catch (e) {
    if (e instanceof DbError && e.code === Codes.TRANSACTION_CONFLICT) ctx.stats.transaction('conflict');
    throw e;
  }
  return {};
}

export async function abortTransaction(ctx: DbContext, body: Doc): Promise<Answer> {
  ctx.txm.abort(ctx.txm.get(body.transactionId));
  ctx.stats.transaction('abort');
  return {};
}

function txSession(ctx: DbContext, body: Doc): Session {
  const session = Session.of(ctx, body);
  if (!session.inTransaction) throw invalidParam('transactionId is required');
  if (body._id === undefined) throw invalidParam('_id is required');
  session.requireCollection(collectionName(body));
  return session;
}

export async function updateDocInTransaction(ctx: DbContext, body: Doc): Promise<Answer> {
  const coll = collectionName(body);
  const session = txSession(ctx, body);
  ctx.stats.count(coll, 'update', true);
  await session.lock(coll, body._id);
  try {
    const data = objectField(body, 'data');
    const current = session.byId(coll, body._id);
    const isOperatorDoc = Object.keys(data).some((k) => k.startsWith('$'));
    if (!isOperatorDoc || body.upsert === true) {
      if (isOperatorDoc) throw invalidParam('set() takes a plain document');
      const doc = replaceDoc(body._id, data);
      session.write([{ coll, id: body._id, doc }]);
      return current ? { updated: '1' } : { updated: '0', upserted: JSON.stringify([{ _id: body._id }]) };
    }
    if (!current) return { updated: '0' };
    const out = applyUpdate(current, normalizeModifier(data));
    if (out.modified) session.write([{ coll, id: body._id, doc: out.doc }]);
    return { updated: out.modified ? '1' : '0' };
  } catch (e) {
    throw asDbError(e);
  }
}

export async function deleteDocInTransaction(ctx: DbContext, body: Doc): Promise<Answer> {
  const coll = collectionName(body);
  const session = txSession(ctx, body);
  ctx.stats.count(coll, 'remove', true);
  await session.lock(coll, body._id);
  const current = session.byId(coll, body._id);
  if (current) session.write([{ coll, id: body._id, doc: null }]);
  return { deleted: current ? '1' : '0' };
}
