/** Stable error codes of the workbench (function admin) and what a user reads (spread into ERROR_MESSAGES in ./errors.ts). */
export const ADMIN_ERROR_MESSAGES = {
  NODE_KIND_INVALID: '这一级组织下不能再添加节点',
  NOTHING_TO_SAVE: '没有要保存的修改',
} as const;

export type AdminErrorCode = keyof typeof ADMIN_ERROR_MESSAGES;
