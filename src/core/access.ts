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

const actsAsStaff = (g: RoleGrant): boolean => g.role === 'staff' || g.role === 'admin';

/** Staff of some node or a center admin: sees the staff pages; refused elsewhere with OUT_OF_SCOPE, not FORBIDDEN. */
export function isStaffAnywhere(user: Grants): boolean {
  return user.roles.some(actsAsStaff);
}

/** The refusal for someone who is not staff over the place: staff elsewhere are out of scope, the rest forbidden. */
export const notStaffRefusal = (user: Grants): 'OUT_OF_SCOPE' | 'FORBIDDEN' => (isStaffAnywhere(user) ? 'OUT_OF_SCOPE' : 'FORBIDDEN');

/** Node ids the user acts on as staff (admins: the center's id is in their grants). */
export function staffScopes(user: Grants): string[] {
  return user.roles.filter(actsAsStaff).map((g) => g.nodeId);
}

/** Where a user belongs: their home station and, once registered, their volunteer station (paths from the center). */
export type StationsOf = { homeStationPath?: readonly string[]; volunteer?: { stationPath?: readonly string[] } };

/**
 * The user's station (home first, then volunteer) that `staff` is staff over (or any, for a center admin),
 * as its path; undefined when neither is in their scope or the user has no station yet.
 */
export function stationInScope(staff: Grants, user: StationsOf): readonly string[] | undefined {
  const paths = [user.homeStationPath, user.volunteer?.stationPath].filter((p): p is readonly string[] => !!p?.length);
  return paths.find((p) => isStaffOver(staff, p));
}

export function sameGrant(a: Pick<RoleGrant, 'role' | 'nodeId'>, b: Pick<RoleGrant, 'role' | 'nodeId'>): boolean {
  return a.role === b.role && a.nodeId === b.nodeId;
}
