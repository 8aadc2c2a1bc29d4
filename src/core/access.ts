import type { Role, RoleGrant } from '../contracts/roles';

/** The parts of a user that decide what they may do. */
export type Grants = { roles: RoleGrant[] };

/** Does the user hold `role` on the node whose path (center … node) is given, or on one of its ancestors? */
export function holdsRoleOver(user: Grants, role: Role, nodePath: readonly string[]): boolean {
  return user.roles.some((g) => g.role === role && nodePath.includes(g.nodeId));
}

export function holdsRole(user: Grants, role: Role): boolean {
  return user.roles.some((g) => g.role === role);
}

export function isAdmin(user: Grants): boolean {
  return holdsRole(user, 'admin');
}

/** Staff of the node or an ancestor, or a center admin: may review and act on things at that node. */
export function isStaffOver(user: Grants, nodePath: readonly string[]): boolean {
  return isAdmin(user) || holdsRoleOver(user, 'staff', nodePath);
}

/** Node ids the user acts on as staff (admins: the center's id is in their grants). */
export function staffScopes(user: Grants): string[] {
  return user.roles.filter((g) => g.role === 'staff' || g.role === 'admin').map((g) => g.nodeId);
}

export function sameGrant(a: Pick<RoleGrant, 'role' | 'nodeId'>, b: Pick<RoleGrant, 'role' | 'nodeId'>): boolean {
  return a.role === b.role && a.nodeId === b.nodeId;
}
