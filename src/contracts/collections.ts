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

/**
 * Index declarations (deployed with the CloudBase console or CLI; README explains).
 * Every query the server makes filters on one of these.
 */
export const INDEXES: Record<CollectionName, string[][]> = {
  users: [['openid'], ['roles.nodeId'], ['volunteer.stationId']],
  org_nodes: [['kind', 'location.lat', 'location.lng'], ['parentId'], ['path']],
  teams: [['stationId'], ['leaderIds']],
  audit_logs: [['nodePath', 'at'], ['actorId', 'at']],
  messages: [['userId', 'createdAt'], ['userId', 'read', 'createdAt']],
  settings: [],
  points_entries: [['userId', 'seq'], ['nodePath', 'at'], ['source', 'sourceId']],
  wishes: [
    ['status', 'openedAt'],
    ['status', 'stationPath', 'openedAt'],
    ['status', 'category', 'openedAt'],
    ['status', 'location.lat', 'location.lng'],
    ['status', 'stationPath', 'flagged', 'createdAt'],
    ['status', 'claimedAt'],
    ['status', 'fulfilledAt'],
    ['status', 'pointsPending', 'confirmedAt'],
    ['ownerId', 'createdAt'],
    ['claimerId', 'status', 'claimedAt'],
  ],
};
