import type { LedgerView } from '../../contracts/ledger';
import { LEDGER_RULES } from '../../contracts/ledger';
import { donationItems } from '../../core/donation';
import { foldLedger } from '../../core/ledger';
import type { Ctx } from '../ctx';
import { AppError } from '../errors';
import { findNode } from '../org/repo';
import { requireStaffOver } from '../shared/guards';
import { donatedGroups, handedGroups, lineGroups, orderGroups } from './repo';

/**
 * The 台账 of a node's subtree for a month, for staff over the node (a 站's own staff, staff of its 所, a
 * center admin). Database calls: the caller and the node (2 reads at once), then 4 aggregates at once —
 * order lines per producer, whole orders, donations received, handovers — whatever the month's volume.
 */
export async function buildLedger(ctx: Ctx, nodeId: string, month: string): Promise<{ view: LedgerView; path: string[] }> {
  const [node] = await Promise.all([findNode(nodeId), ctx.me()]);
  if (!node) throw new AppError('LEDGER_NODE_NOT_FOUND');
  await requireStaffOver(ctx, node.path);
  const [lines, orders, donated, handed] = await Promise.all([
    lineGroups(nodeId, month),
    orderGroups(nodeId, month),
    donatedGroups(nodeId, month),
    handedGroups(nodeId, month),
  ]);
  const households = new Set(handed.flatMap((h) => h.recipients ?? []));
  const over = (rows: readonly unknown[]) => rows.length > LEDGER_RULES.groupMax;
  const view: LedgerView = {
    nodeId,
    nodeName: node.name,
    month,
    ...foldLedger(lines.slice(0, LEDGER_RULES.groupMax), orders),
    donations: {
      received: donated.reduce((s, d) => s + d.count, 0),
      handovers: handed.reduce((s, h) => s + h.count, 0),
      households: households.size,
      items: donationItems(donated, handed),
    },
    truncated: over(lines) || over(orders) || over(donated) || over(handed),
  };
  return { view, path: node.path };
}
