import type { PointsEntryView } from '../../contracts/points';
import type { EntryDoc } from './repo';

/** An entry as its owner sees it; staff also see who made it. */
export function toEntryView(e: EntryDoc, forStaff = false): PointsEntryView {
  return {
    id: e._id,
    amount: e.amount,
    kind: e.kind,
    source: e.source,
    sourceId: e.sourceId,
    balanceAfter: e.balanceAfter,
    seq: e.seq,
    at: e.at,
    ...(e.note ? { note: e.note } : {}),
    ...(forStaff ? { actorId: e.actorId } : {}),
  };
}
