/** The 台账 actions' input schemas (functions parse every input with these; pages import ./ledger instead). */
import * as z from 'zod';
import { actionInputs } from './inputs.schema';
import { IdSchema as id } from './fields.schema';
import { LEDGER_RULES as R, type LedgerAction, type LedgerInputs } from './ledger';
import type { AllSame, Same } from './same';

const month = z.string('请选择月份').trim().regex(R.monthPattern, '月份格式应为 2026-01');

export const LedgerInput = actionInputs({
  stationLedger: () => z.object({ nodeId: id, month }),
  exportLedger: () => z.object({ nodeId: id, month }),
  myIncome: () => z.object({ producerId: id.optional(), month: month.optional() }),
}) satisfies Record<LedgerAction, z.ZodType>;

export const _ledgerInputsMatch: AllSame<{ [A in LedgerAction]: Same<z.input<(typeof LedgerInput)[A]>, LedgerInputs[A]> }> = true;
