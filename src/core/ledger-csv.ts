/** The 台账 as a CSV file (UTF-8 BOM, Chinese header, 元 with 2 decimals). Pure; src/server/ledger writes it. */
import type { LedgerView } from '../contracts/ledger';
import { yuan } from '../contracts/market';

/** One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break; a leading = + - @ is defused for spreadsheets. */
export function csvField(value: string | number): string {
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const csvRow = (cells: readonly (string | number)[]) => cells.map(csvField).join(',');

export const BOM = '\ufeff';

export const LEDGER_CSV_HEADER = [
  '农户',
  '帮扶产品',
  '订单数',
  '件数',
  '销售额（元）',
  '平台服务费（元）',
  '农户收入（元）',
  '积分兑换单数',
  '积分',
  '退款单数',
  '退款金额（元）',
] as const;

export const DONATION_CSV_HEADER = ['物资', '单位', '本月捐赠入库', '本月发放'] as const;

/**
 * The 台账 as one CSV file Excel opens with its Chinese intact: the BOM, a title line, the header, one row
 * per producer, the totals row (合计), then the parts counted apart (帮扶 share, 爱心采购, refunds, awaiting
 * pickup), then the donation section after a blank line with its own header. CRLF line ends, as Excel
 * writes them.
 */
export function ledgerCsv(v: LedgerView): string {
  const t = v.sales;
  const lines = [
    csvRow([`${v.nodeName} ${v.month} 善星小集台账`]),
    csvRow(LEDGER_CSV_HEADER),
    ...v.producers.map((p) =>
      csvRow([
        p.producerName,
        p.supported ? '是' : '否',
        p.orders,
        p.units,
        yuan(p.amountFen),
        yuan(p.feeFen),
        yuan(p.incomeFen),
        p.pointsOrders,
        p.points,
        p.refundedOrders,
        yuan(p.refundFen),
      ]),
    ),
    csvRow([
      '合计',
      '',
      t.orders,
      t.units,
      yuan(t.amountFen),
      yuan(t.feeFen),
      yuan(t.incomeFen),
      v.points.orders,
      v.points.points,
      v.refunds.orders,
      yuan(v.refunds.amountFen),
    ]),
    csvRow([
      '其中帮扶产品',
      `${v.supported.producers}户`,
      v.supported.orders,
      v.supported.units,
      yuan(v.supported.amountFen),
      yuan(v.supported.feeFen),
      yuan(v.supported.incomeFen),
    ]),
    csvRow([
      '其中爱心采购',
      '',
      v.loveBuy.orders,
      v.loveBuy.units,
      yuan(v.loveBuy.amountFen),
      yuan(v.loveBuy.feeFen),
      yuan(v.loveBuy.incomeFen),
    ]),
    csvRow(['待取货（未计入）', '', v.awaitingPickup.orders, '', yuan(v.awaitingPickup.amountFen)]),
    '',
    csvRow([
      '爱心物资捐赠（不计入销售）',
      `入库${v.donations.received}笔`,
      `发放${v.donations.handovers}次`,
      `受助${v.donations.households}户`,
    ]),
    csvRow(DONATION_CSV_HEADER),
    ...v.donations.items.map((d) => csvRow([d.item, d.unit, d.donated, d.handedOver])),
  ];
  return BOM + lines.join('\r\n') + '\r\n';
}

/** The file's name: 台账-<node>-<month>.csv (characters a file system refuses replaced). */
export function ledgerFileName(nodeName: string, month: string): string {
  return `台账-${nodeName.replace(/[\\/:*?"<>|\s]/g, '_')}-${month}.csv`;
}
