/**
 * `payment_issues`: what staff must look at — a pay or refund notification that did not match its order
 * (amount, merchant, not confirmed by WeChat), a late or second payment refunded automatically, a refund
 * WeChat closed. One document per (outTradeNo or refund, kind): WeChat's retries and a client repeating a
 * forged notification record it once.
 */
import { COLLECTIONS } from '../../contracts/collections';
import type { PaymentIssueKind, PaymentIssueStatus } from '../../contracts/order';
import type { Page } from '../../contracts/paging';
import { db } from '../cloud';
import { byId, insertOnce, keysetRead, updateIf } from '../shared/docs';
import type { Order, PageRequest } from '../shared/paging';

export type IssueKind = PaymentIssueKind;

export type IssueDoc = {
  _id: string;
  kind: IssueKind;
  status: PaymentIssueStatus;
  outTradeNo: string;
  orderId?: string;
  stationPath?: string[];
  detail: Record<string, string | number | null>;
  at: number;
  note?: string;
  resolvedBy?: string;
  resolvedAt?: number;
};

/** Records the issue once; true when this call recorded it. */
export function recordIssue(issue: Omit<IssueDoc, '_id' | 'status'>): Promise<boolean> {
  return insertOnce(COLLECTIONS.paymentIssues, { _id: `${issue.outTradeNo}:${issue.kind}`, status: 'open', ...issue });
}

export function findIssue(id: string): Promise<IssueDoc | null> {
  return byId<IssueDoc>(COLLECTIONS.paymentIssues, id);
}

/** open → resolved, once. */
export function resolveIssue(id: string, by: string, note: string, now: number): Promise<boolean> {
  return updateIf(COLLECTIONS.paymentIssues, { _id: id, status: 'open' }, { status: 'resolved', note, resolvedBy: by, resolvedAt: now });
}

const NEWEST: Order = [
  ['at', 'desc', 'number'],
  ['_id', 'desc', 'string'],
];

/** Issues of orders at stations under any of `scopes` (and under `nodeId`), newest first: one read. */
export function issuesIn(
  scopes: string[],
  nodeId: string | undefined,
  status: PaymentIssueStatus,
  page: PageRequest,
): Promise<Page<IssueDoc>> {
  const c = db().command;
  const inScope = { status, stationPath: c.in(scopes) };
  return keysetRead<IssueDoc>(COLLECTIONS.paymentIssues, nodeId ? c.and([inScope, { stationPath: nodeId }]) : inScope, NEWEST, page);
}
