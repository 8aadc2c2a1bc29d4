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
} as const;

export type CollectionName = (typeof COLLECTIONS)[keyof typeof COLLECTIONS];
