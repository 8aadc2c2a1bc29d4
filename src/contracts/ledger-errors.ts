/** The 台账 actions' stable error codes and what a user reads (spread into ERROR_MESSAGES in ./errors.ts). */
export const LEDGER_ERROR_MESSAGES = {
  LEDGER_NODE_NOT_FOUND: '没有找到这个站点',
  LEDGER_EXPORT_FAILED: '表格生成失败，请稍后再试',
} as const;

export type LedgerErrorCode = keyof typeof LEDGER_ERROR_MESSAGES;
