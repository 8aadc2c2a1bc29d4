/** Every CloudBase collection the project uses, named once. */
export const COLLECTIONS = {
  users: 'users',
  orgNodes: 'org_nodes',
  teams: 'teams',
  auditLogs: 'audit_logs',
  messages: 'messages',
  settings: 'settings',
  pointsEntries: 'points_entries',
  wishes: 'wishes',
  /** Counters of the abuse limits (src/server/shared/rate-limit.ts): one document per key and window. */
  rateLimits: 'rate_limits',
} as const;

export type CollectionName = (typeof COLLECTIONS)[keyof typeof COLLECTIONS];
