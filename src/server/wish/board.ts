import { COLLECTIONS } from '../../contracts/collections';
import type { BoardLine } from '../../contracts/home';
import { chinaMonth } from '../../core/china-time';
import { maskName } from '../../core/mask';
import { db } from '../cloud';
import { rows } from '../shared/docs';
import { getOrNull, type Tx } from '../shared/transaction';
import type { WishDoc } from './repo';

/**
 * The monthly 爱心榜: one counter document per (month, area, claimer) — `<YYYY-MM>#<nodeId>#<userId>` — for the
 * county (the path's first node) and the 所 (its second) of the wish's station. The confirmation bumps it in
 * its own transaction, so the count moves exactly when a wish becomes confirmed (claims never count); the
 * home reads the top few in one read.
 */
export type BoardDoc = {
  _id: string;
  month: string;
  nodeId: string;
  level: 'county' | 'institute';
  userId: string;
  /** The claimer's name as the wish holds it; masked whenever it is shown. */
  name: string;
  count: number;
  /** The latest confirmation counted: of two with the same count, the one who got there first ranks higher. */
  lastAt: number;
};

const LEVELS = ['county', 'institute'] as const;

/**
 * Inside the confirmation's transaction: +1 for the wish's claimer this month in the county and the 所.
 * Concurrent confirmations of two wishes of one claimer both write these documents (and the claimer's user
 * document, through the ledger), so CloudBase lets one commit and runs the other again on fresh reads: no
 * count is lost and none is doubled. A transaction that runs twice re-reads the count, so a retry adds once.
 */
export async function countConfirmedIn(tx: Tx, w: WishDoc, now: number): Promise<void> {
  if (!w.claimerId) return;
  const month = chinaMonth(now);
  for (const [i, level] of LEVELS.entries()) {
    const nodeId = w.stationPath[i];
    // A station hanging right under the county has no 所 of its own: it counts at the county only.
    if (!nodeId || (level === 'institute' && w.stationPath.length < 3)) continue;
    const ref = tx.collection(COLLECTIONS.loveBoard).doc(`${month}#${nodeId}#${w.claimerId}`);
    const had = await getOrNull<BoardDoc>(ref);
    const doc: Omit<BoardDoc, '_id'> = {
      month,
      nodeId,
      level,
      userId: w.claimerId,
      name: w.claimerName ?? had?.name ?? '',
      count: (had?.count ?? 0) + 1,
      lastAt: now,
    };
    await ref.set({ data: doc });
  }
}

/** The month's top `n` under a 所 (nodeId) or the whole county (no nodeId): one read, names masked. */
export async function boardTop(month: string, nodeId: string | undefined, n: number): Promise<BoardLine[]> {
  const where = nodeId ? { month, nodeId, level: 'institute' } : { month, level: 'county' };
  const docs = await rows<BoardDoc>(
    db().collection(COLLECTIONS.loveBoard).where(where).orderBy('count', 'desc').orderBy('lastAt', 'asc').limit(n),
  );
  return docs.map((d, i) => ({ rank: i + 1, name: maskName(d.name) || '志愿者', count: d.count }));
}
