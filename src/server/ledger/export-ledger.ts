import type { ExportView } from '../../contracts/ledger';
import { LEDGER_RULES } from '../../contracts/ledger';
import { LedgerInput } from '../../contracts/ledger.schema';
import { ledgerCsv, ledgerFileName } from '../../core/ledger-csv';
import { getCloud } from '../cloud';
import { AppError } from '../errors';
import { defineAction } from '../router';
import { audit } from '../shared/audit';
import { newId } from '../shared/ids';
import { buildLedger } from './build';

/**
 * The 台账 as a CSV file (core/ledger.ts ledgerCsv: UTF-8 BOM, Chinese header, 元 with 2 decimals, a row per
 * producer, the totals, the donation section), written to cloud storage under ledger/<node>/<month>/ and
 * answered as a temporary URL the page downloads. A fresh file per export (the month may still change);
 * audited, since it carries the producers' names. Calls: the ledger's, one upload, one temp URL, the audit.
 */
export const exportLedger = defineAction({
  input: LedgerInput.exportLedger,
  write: true,
  async handle({ nodeId, month }, ctx): Promise<ExportView> {
    const { view, path } = await buildLedger(ctx, nodeId, month);
    const cloud = getCloud();
    const cloudPath = `ledger/${nodeId}/${month}/${newId('x', ctx.now)}.csv`;
    const fileName = ledgerFileName(view.nodeName, month);
    let fileId: string;
    let url: string | undefined;
    try {
      const up = (await cloud.uploadFile({ cloudPath, fileContent: Buffer.from(ledgerCsv(view), 'utf8') })) as { fileID?: string };
      if (!up.fileID) throw new Error('uploadFile answered no fileID');
      fileId = up.fileID;
      const temp = (await cloud.getTempFileURL({ fileList: [{ fileID: fileId, maxAge: LEDGER_RULES.exportUrlSeconds }] })) as {
        fileList?: { tempFileURL?: string; status?: number }[];
      };
      const f = temp.fileList?.[0];
      url = f && !f.status ? f.tempFileURL : undefined;
    } catch (err) {
      console.error('[ledger.export] storage failed', err);
      throw new AppError('LEDGER_EXPORT_FAILED');
    }
    if (!url) throw new AppError('LEDGER_EXPORT_FAILED');
    await audit(ctx, { action: 'ledger.export', targetType: 'org_node', targetId: nodeId, nodePath: path, detail: { month, fileId } });
    return { url, fileId, fileName, expiresAt: ctx.now + LEDGER_RULES.exportUrlSeconds * 1000 };
  },
});
