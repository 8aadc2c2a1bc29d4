import Taro from '@tarojs/taro';
import type { DonationInputs, DonationOutput } from '@/contracts/donation';
import { yuan as amountText } from '@/contracts/market';
import type { LedgerInputs, LedgerOutput } from '@/contracts/ledger';
import { LEDGER_ROUTES } from '@/contracts/routes';
import { apiOf } from './actions';
import { withQuery } from './nav';

/**
 * Typed wrappers over the 台账 and donation actions of the `market` function (docs/ledger.md). Types only
 * from contracts; imported by the ledger subpackage's pages only.
 */
export const ledgerApi = apiOf<LedgerInputs, LedgerOutput>('market');
export const donationApi = apiOf<DonationInputs, DonationOutput>('market');

export { LEDGER_ROUTES };

export function openLedgerPage(page: keyof typeof LEDGER_ROUTES, params: Record<string, string | undefined> = {}): void {
  void Taro.navigateTo({ url: withQuery(LEDGER_ROUTES[page], params) });
}

/** 12.50 元 from integer fen. */
export function yuan(fen: number): string {
  return `${amountText(fen)} 元`;
}

/** yyyy-MM of now in China time (the month the server counts under). */
export function thisMonth(now = Date.now()): string {
  return new Date(now + 8 * 3_600_000).toISOString().slice(0, 7);
}

/** The month `delta` months from `month` (yyyy-MM). */
export function shiftMonth(month: string, delta: number): string {
  const [y, m] = month.split('-').map(Number);
  const t = y * 12 + (m - 1) + delta;
  return `${Math.floor(t / 12)}-${String((t % 12) + 1).padStart(2, '0')}`;
}

/** 2026-12 → 2026年12月. */
export function monthLabel(month: string): string {
  const [y, m] = month.split('-');
  return `${y}年${Number(m)}月`;
}

/**
 * Opens an exported file. H5: the browser downloads the temporary URL (a link is also shown). weapp: the file
 * is downloaded and offered to send in a chat (文件传输助手 to open it on a computer), since openDocument does
 * not open CSV; if that fails the link is copied. Answers a sentence for the page to show, or null.
 */
export async function openExport(url: string, fileName: string): Promise<string | null> {
  if (process.env.TARO_ENV === 'h5') {
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName;
    a.rel = 'noopener';
    document.body.appendChild(a);
    a.click();
    a.remove();
    return '表格已开始下载；没有下载的话，请点下面的链接。';
  }
  try {
    const file = await Taro.downloadFile({ url });
    await Taro.shareFileMessage({ filePath: file.tempFilePath, fileName });
    return '表格已发出，可在电脑微信里打开。';
  } catch {
    await Taro.setClipboardData({ data: url });
    return '下载链接已复制，请在电脑浏览器里打开（1小时内有效）。';
  }
}
