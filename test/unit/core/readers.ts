/** Readers for the access tests: role grants and a reader with them (the fields the access rules read). */
import type { RoleGrant } from '@/contracts/roles';

export const g = (role: RoleGrant['role'], nodeId: string, extra: Partial<RoleGrant> = {}): RoleGrant => ({
  role,
  nodeId,
  grantedAt: 0,
  grantedBy: 'test',
  ...extra,
});

export const reader = (id: string, roles: RoleGrant[] = []): { _id: string; roles: RoleGrant[] } => ({ _id: id, roles });

export const DONGMEN = ['n-center', 'n-chengguan', 'n-dongmen'];
