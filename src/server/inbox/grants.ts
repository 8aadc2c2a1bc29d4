import { COLLECTIONS } from '../../contracts/collections';
import { SUBSCRIBE_GRANT_CAP } from '../../contracts/messages';
import { db } from '../cloud';
import { rows, updateIf } from '../shared/docs';

/**
 * One-time subscribe grants live on the user document as `subscribeGrants: { [templateId]: count }`:
 * each template id `wx.requestSubscribeMessage` accepted adds one (up to SUBSCRIBE_GRANT_CAP), each
 * subscribe message sent takes one.
 */
export type GrantHolder = { _id: string; openid: string; subscribeGrants?: Record<string, number> };

const users = () => db().collection(COLLECTIONS.users);
const key = (templateId: string) => `subscribeGrants.${templateId}`;

/** Adds one grant per template id, never above the cap: one conditional update each. */
export async function addGrants(userId: string, templateIds: string[]): Promise<void> {
  const _ = db().command;
  await Promise.all(
    [...new Set(templateIds)].map((t) =>
      users()
        .where({ _id: userId, [key(t)]: _.not(_.gte(SUBSCRIBE_GRANT_CAP)) })
        .update({ data: { [key(t)]: _.inc(1) } }),
    ),
  );
}

/** Takes one grant if the user has one left: a conditional decrement; true when it was taken. */
export async function takeGrant(userId: string, templateId: string): Promise<boolean> {
  const _ = db().command;
  return updateIf(COLLECTIONS.users, { _id: userId, [key(templateId)]: _.gt(0) }, { [key(templateId)]: _.inc(-1) });
}

/** WeChat says the user holds no grant for the template (errcode 43101): forget any we counted. */
export async function clearGrant(userId: string, templateId: string): Promise<void> {
  await users()
    .where({ _id: userId })
    .update({ data: { [key(templateId)]: 0 } });
}

/**
 * openid and grants of the users to message: one read per 100 users not in `known` (documents already
 * read; a grant is taken by a conditional decrement, so a count read a moment ago spends nothing twice).
 */
export async function grantHolders(userIds: string[], known: GrantHolder[] = []): Promise<Map<string, GrantHolder>> {
  const _ = db().command;
  const have = new Map(known.map((u) => [u._id, u]));
  const ids = [...new Set(userIds)].filter((id) => !have.has(id));
  const chunks = Array.from({ length: Math.ceil(ids.length / 100) }, (_c, i) => ids.slice(i * 100, i * 100 + 100));
  const found = await Promise.all(
    chunks.map((chunk) =>
      rows<GrantHolder>(
        users()
          .where({ _id: _.in(chunk) })
          .field({ _id: true, openid: true, subscribeGrants: true })
          .limit(chunk.length),
      ),
    ),
  );
  return new Map([...have, ...found.flat().map((u) => [u._id, u] as const)]);
}
