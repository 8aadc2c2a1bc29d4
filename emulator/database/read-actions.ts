/**
 * getDocument → `{ data: { list: [EJSON string…], limit, offset } }`; calculateDocument → `{ data: { total } }`;
 * aggregateDocuments → `{ data: { list } }`. Each answers DATABASE_COLLECTION_NOT_EXIST for a collection
 * that was never created, as CloudBase does (a `$lookup` from one reads it as empty, as MongoDB does).
 */
import type { Doc } from '../types';
import { isPlainObject, stringifyEJSON } from '../store/ejson';
import { allDocs, selectEntries } from './find';
import { asDbError, invalidParam } from './errors';
import { project, runPipeline, sortDocs } from './mongo';
import { collectionName, docIdOf, ejsonField, limitOf, offsetOf, orderOf, projectionOf, queryOf } from './request';
import { openAction, Session, type DbContext } from './session';

export interface Answer {
  data?: unknown;
  [key: string]: unknown;
}

/** Documents as CloudBase answers them: EJSON strings, ObjectIds as their hex strings. */
export const toAnswer = (doc: unknown) => stringifyEJSON(doc, { objectIds: 'hex' });
const toList = (docs: Doc[]) => docs.map(toAnswer);

export async function getDocument(ctx: DbContext, body: Doc): Promise<Answer> {
  const { coll, session } = openAction(ctx, body, 'read');
  const query = queryOf(body);
  const order = orderOf(body);
  const limit = limitOf(body);
  const offset = offsetOf(body);
  const projection = projectionOf(body);
  return session.guarded(coll, docIdOf(query), () => {
    const docs = sortDocs(
      session.select(coll, query).map((e) => e.doc),
      order,
    ).slice(offset, offset + limit);
    return { data: { list: toList(project(docs, projection)), limit, offset } };
  });
}

export async function calculateDocument(ctx: DbContext, body: Doc): Promise<Answer> {
  const { coll, session } = openAction(ctx, body, 'count');
  const query = queryOf(body);
  // a count locks nothing: it reads whatever is committed (or this transaction's view)
  return session.guarded(coll, undefined, () => ({ data: { total: session.select(coll, query).length } }));
}

function pipelineOf(body: Doc): Doc[] {
  const stages = body.stages;
  if (!Array.isArray(stages)) throw invalidParam('stages must be an array');
  return stages.map((s: unknown) => {
    if (isPlainObject(s) && typeof s.stageKey === 'string') {
      return { [s.stageKey.startsWith('$') ? s.stageKey : `$${s.stageKey}`]: ejsonField(s.stageValue, s.stageKey) };
    }
    if (isPlainObject(s) && Object.keys(s).length === 1) return ejsonField(JSON.stringify(s), 'stage');
    throw invalidParam('each stage must be { stageKey, stageValue }');
  });
}

export async function aggregateDocuments(ctx: DbContext, body: Doc): Promise<Answer> {
  const coll = collectionName(body);
  ctx.stats.count(coll, 'aggregate', false);
  const pipeline = pipelineOf(body);
  Session.of(ctx, {}).requireCollection(coll);
  try {
    let docs: Doc[];
    const first = pipeline[0];
    if (first && isPlainObject(first.$match) && !('$expr' in first.$match)) {
      docs = selectEntries(ctx.store, coll, first.$match).map((e) => e.doc);
      pipeline.shift();
    } else {
      docs = allDocs(ctx.store, coll);
    }
    const out = pipeline.length ? runPipeline(docs, pipeline, (name) => allDocs(ctx.store, name)) : docs;
    return { data: { list: toList(out) } };
  } catch (e) {
    throw asDbError(e);
  }
}

/** Legacy transaction read: `{ data: EJSON string of the document or null }`. */
export async function getInTransaction(ctx: DbContext, body: Doc): Promise<Answer> {
  const coll = collectionName(body);
  const session = Session.of(ctx, body);
  if (!session.inTransaction) throw invalidParam('transactionId is required');
  ctx.stats.count(coll, 'read', true);
  session.requireCollection(coll);
  await session.lock(coll, body._id);
  const doc = session.byId(coll, body._id);
  return { data: toAnswer(doc ?? null) };
}
