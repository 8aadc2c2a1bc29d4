/**
 * The 台账's reads: grouped sums over the month's orders, donations and handovers of a node's subtree, one
 * aggregate each. No document is read one by one and no query stops at 1,000 records: the database sums
 * in `$group`, and only the groups come back (at most LEDGER_RULES.groupMax + 1: CloudBase answers 20
 * rows unless a limit says otherwise).
 */
import { COLLECTIONS } from '../../contracts/collections';
import { LEDGER_RULES } from '../../contracts/ledger';
import type { IncomeGroup, LineGroup, OrderGroup } from '../../core/ledger';
import { LEDGER_STATES } from '../../core/ledger';
import { db } from '../cloud';
import { command as _ } from '../shared/docs';

const $ = () => _().aggregate;
const MAX = LEDGER_RULES.groupMax + 1;

type Listed<T> = { list?: T[] };
const flat = <T>(rows: { _id: Record<string, unknown> }[]): T[] => rows.map(({ _id, ...rest }) => ({ ..._id, ...rest }) as T);

type Pipeline = ReturnType<ReturnType<ReturnType<typeof db>['collection']>['aggregate']>;

/** The groups a pipeline ends in (at most MAX), each group's key fields lifted beside its sums. */
async function groupsOf<T>(pipeline: Pipeline): Promise<T[]> {
  const res = (await pipeline.limit(MAX).end()) as Listed<{ _id: Record<string, unknown> }>;
  return flat<T>(res.list ?? []);
}

/** The station's orders the 台账 counts for a month: where every ledger pipeline starts. */
const monthOrders = (nodeId: string, month: string) =>
  db()
    .collection(COLLECTIONS.orders)
    .aggregate()
    .match({ stationPath: nodeId, month, state: _().in([...LEDGER_STATES]) });

/** The month's order lines per producer × supported × state × pay method × 爱心采购, with distinct order counts. */
export async function lineGroups(nodeId: string, month: string): Promise<LineGroup[]> {
  return groupsOf<LineGroup>(
    monthOrders(nodeId, month)
      .unwind('$lines')
      // First per order and producer, so an order with two of one producer's lines counts once for them.
      .group({
        _id: {
          order: '$_id',
          producerId: '$lines.producerId',
          supported: '$lines.supported',
          state: '$state',
          payMethod: '$payMethod',
          loveBuy: '$loveBuy',
        },
        producerName: $().first('$lines.producerName'),
        units: $().sum('$lines.qty'),
        amountFen: $().sum('$lines.amountFen'),
        feeFen: $().sum('$lines.feeFen'),
        points: $().sum($().ifNull(['$lines.points', 0])),
      })
      .group({
        _id: {
          producerId: '$_id.producerId',
          supported: '$_id.supported',
          state: '$_id.state',
          payMethod: '$_id.payMethod',
          loveBuy: '$_id.loveBuy',
        },
        producerName: $().first('$producerName'),
        orders: $().sum(1),
        units: $().sum('$units'),
        amountFen: $().sum('$amountFen'),
        feeFen: $().sum('$feeFen'),
        points: $().sum('$points'),
      }),
  );
}

/** The month's whole orders per state × pay method × 爱心采购. */
export async function orderGroups(nodeId: string, month: string): Promise<OrderGroup[]> {
  return groupsOf<OrderGroup>(
    monthOrders(nodeId, month).group({
      _id: { state: '$state', payMethod: '$payMethod', loveBuy: '$loveBuy' },
      orders: $().sum(1),
      amountFen: $().sum('$amountFen'),
      feeFen: $().sum('$feeFen'),
      points: $().sum($().ifNull(['$pointsTotal', 0])),
    }),
  );
}

/** One producer's lines per month × state × pay method over `months`, with distinct order counts. */
export async function incomeGroups(producerId: string, months: readonly string[]): Promise<IncomeGroup[]> {
  return groupsOf<IncomeGroup>(
    db()
      .collection(COLLECTIONS.orders)
      .aggregate()
      .match({ producerIds: producerId, month: _().in([...months]), state: _().in([...LEDGER_STATES]) })
      .unwind('$lines')
      .match({ 'lines.producerId': producerId })
      .group({
        _id: { order: '$_id', month: '$month', state: '$state', payMethod: '$payMethod' },
        amountFen: $().sum('$lines.amountFen'),
        feeFen: $().sum('$lines.feeFen'),
        points: $().sum($().ifNull(['$lines.points', 0])),
      })
      .group({
        _id: { month: '$_id.month', state: '$_id.state', payMethod: '$_id.payMethod' },
        orders: $().sum(1),
        amountFen: $().sum('$amountFen'),
        feeFen: $().sum('$feeFen'),
        points: $().sum('$points'),
      }),
  );
}

export type QtyGroup = { item: string; unit: string; qty: number; count: number; recipients?: string[] };

/** Donations received at the subtree's stations in the month, per item and unit. */
export async function donatedGroups(nodeId: string, month: string): Promise<QtyGroup[]> {
  return groupsOf<QtyGroup>(
    db()
      .collection(COLLECTIONS.donations)
      .aggregate()
      .match({ stationPath: nodeId, state: 'received', receivedMonth: month })
      .group({ _id: { item: '$item', unit: '$unit' }, qty: $().sum('$qty'), count: $().sum(1) }),
  );
}

/** Handovers made at the subtree's stations in the month, per item and unit, with the households (name + phone) reached. */
export async function handedGroups(nodeId: string, month: string): Promise<QtyGroup[]> {
  return groupsOf<QtyGroup>(
    db()
      .collection(COLLECTIONS.donationHandovers)
      .aggregate()
      .match({ stationPath: nodeId, month })
      .group({
        _id: { item: '$item', unit: '$unit' },
        qty: $().sum('$qty'),
        count: $().sum(1),
        recipients: $().addToSet('$recipientKey'),
      }),
  );
}
