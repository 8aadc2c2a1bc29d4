import { holdsRoleOver, isAdmin, isStaffAnywhere, isStaffOver, sameGrant, staffScopes, stationInScope } from '@/core/access';
import { g } from './readers';

const stationPath = ['center', 'inst-a', 'station-1'];

describe('scope rules', () => {
  it('staff of a 所 act on its stations but not on another 所', () => {
    expect(isStaffOver({ roles: [g('staff', 'inst-a')] }, stationPath)).toBe(true);
    expect(isStaffOver({ roles: [g('staff', 'inst-b')] }, stationPath)).toBe(false);
  });
  it('staff of a station do not act on its parent 所', () => {
    expect(isStaffOver({ roles: [g('staff', 'station-1')] }, ['center', 'inst-a'])).toBe(false);
  });
  it('a center admin acts everywhere', () => {
    const admin = { roles: [g('admin', 'center')] };
    expect(isAdmin(admin)).toBe(true);
    expect(isStaffOver(admin, ['center', 'inst-z', 'station-9'])).toBe(true);
  });
  it('other roles never count as staff', () => {
    const u = { roles: [g('volunteer', 'station-1'), g('leader', 'station-1'), g('unit', 'center')] };
    expect(isStaffOver(u, stationPath)).toBe(false);
    expect(holdsRoleOver(u, 'volunteer', stationPath)).toBe(true);
    expect(staffScopes(u)).toEqual([]);
  });
  it('grants are the same when role and node are', () => {
    expect(sameGrant(g('staff', 'a'), { role: 'staff', nodeId: 'a' })).toBe(true);
    expect(sameGrant(g('staff', 'a'), { role: 'staff', nodeId: 'b' })).toBe(false);
    expect(sameGrant(g('staff', 'a'), { role: 'admin', nodeId: 'a' })).toBe(false);
  });
});

describe('staff anywhere, and staff over a user', () => {
  it('counts staff of any node and center admins as staff somewhere, no other role', () => {
    expect(isStaffAnywhere({ roles: [g('staff', 'station-1')] })).toBe(true);
    expect(isStaffAnywhere({ roles: [g('admin', 'center')] })).toBe(true);
    expect(
      isStaffAnywhere({ roles: [g('volunteer', 'station-1'), g('leader', 'station-1'), g('unit', 'center'), g('producer', 'station-1')] }),
    ).toBe(false);
    expect(isStaffAnywhere({ roles: [] })).toBe(false);
  });
  it('finds the user station (home first, then volunteer) the staff member is staff over', () => {
    const other = ['center', 'inst-b', 'station-7'];
    const staff = { roles: [g('staff', 'inst-a')] };
    expect(stationInScope(staff, { homeStationPath: stationPath, volunteer: { stationPath: other } })).toEqual(stationPath);
    expect(stationInScope(staff, { homeStationPath: other, volunteer: { stationPath } })).toEqual(stationPath);
    expect(stationInScope(staff, { homeStationPath: other })).toBeUndefined();
    expect(stationInScope(staff, {})).toBeUndefined();
    expect(stationInScope({ roles: [g('admin', 'center')] }, { homeStationPath: other })).toEqual(other);
    expect(stationInScope({ roles: [g('admin', 'center')] }, { homeStationPath: [] })).toBeUndefined();
  });
});
