import type { PaymentIssueView } from '../../contracts/order';
import { OrderInput } from '../../contracts/order.schema';
import { AppError } from '../errors';
import { staffScopeFor } from '../market/scope';
import { defineAction } from '../router';
import { audit } from '../shared/audit';
import { foundOr, requireStaffOver } from '../shared/guards';
import { present } from '../shared/view-fields';
import { writeOn } from '../shared/write-on';
import { findIssue, issuesIn, resolveIssue, type IssueDoc } from './issue-repo';

function toIssueView(i: IssueDoc): PaymentIssueView {
  return {
    id: i._id,
    kind: i.kind,
    status: i.status,
    outTradeNo: i.outTradeNo,
    at: i.at,
    detail: i.detail,
    ...present(i, ['orderId', 'note', 'resolvedAt']),
  };
}

/** Staff: what the pay callback flagged for orders in their area, newest first (open unless asked): one read. */
export const paymentIssues = defineAction({
  input: OrderInput.paymentIssues,
  async handle({ nodeId, status, cursor, limit }, ctx) {
    const scopes = await staffScopeFor(await ctx.me(), nodeId);
    const page = await issuesIn(scopes, nodeId, status, { cursor, limit });
    return { items: page.items.map(toIssueView), next: page.next };
  },
});

const issueWrite = writeOn((input: { id: string }) => foundOr(findIssue(input.id), 'PAYMENT_ISSUE_NOT_FOUND'));

/** Staff over the order's station mark an issue dealt with, saying how (audited). */
export const resolvePaymentIssue = issueWrite(OrderInput.resolvePaymentIssue, async (issue, me, { id, note }, ctx) => {
  await requireStaffOver(ctx, issue.stationPath ?? []);
  if (!(await resolveIssue(id, me._id, note, ctx.now))) throw new AppError('PAYMENT_ISSUE_RESOLVED');
  await audit(ctx, {
    action: 'order.resolveIssue',
    targetType: 'payment_issue',
    targetId: id,
    nodePath: issue.stationPath ?? [],
    detail: { note },
  });
  return toIssueView({ ...issue, status: 'resolved', note, resolvedBy: me._id, resolvedAt: ctx.now });
});
