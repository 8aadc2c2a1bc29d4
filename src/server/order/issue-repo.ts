/**
 * `payment_issues`: what staff must look at — a pay or refund notification that did not match its order
 * (amount, merchant, not confirmed by WeChat), a late or second payment refunded automatically, a refund
 * WeChat closed. One document per (outTradeNo or refund, kind): WeChat's retries and a client repeating a
 * forged notification record it once.
 */
import { COLLECTIONS } from '../../contracts/collections';
import { db } from '../cloud';
import { isDuplicateKey } from '../shared/docs';

export type IssueKind = 'not_success' | 'amount' | 'merchant' | 'not_confirmed' | 'late_payment' | 'refund_failed' | 'refund_closed';

export type IssueDoc = {
  _id: string;
  kind: IssueKind;
  status: 'open' | 'resolved';
  outTradeNo: string;
  orderId?: string;
  stationPath?: string[];
  detail: Record<string, unknown>;
  at: number;
};

/** Records the issue once; true when this call recorded it. */
export async function recordIssue(issue: Omit<IssueDoc, '_id' | 'status'>): Promise<boolean> {
  try {
    await db()
      .collection(COLLECTIONS.paymentIssues)
      .add({ data: { _id: `${issue.outTradeNo}:${issue.kind}`, status: 'open', ...issue } });
    return true;
  } catch (err) {
    if (isDuplicateKey(err)) return false;
    throw err;
  }
}
