import type { RegistrationPreview } from '../../contracts/user';
import type { OrgNodeDoc } from '../org/repo';
import type { VolunteerRecord } from './repo';

/**
 * What a registration at `station` does to the volunteer record `prev`: a station that reviews
 * registrations puts the volunteer in line unless they are already approved there; an approved volunteer
 * moving to such a station loses the role until its staff approve.
 */
export function registrationOutcome(
  prev: VolunteerRecord | undefined,
  station: Pick<OrgNodeDoc, '_id' | 'settings'>,
): Pick<RegistrationPreview, 'requiresReview' | 'statusAfter' | 'losesApproval'> {
  const requiresReview = !!station.settings?.volunteerReview;
  const keepsApproval = prev?.status === 'approved' && prev.stationId === station._id;
  const statusAfter = keepsApproval || !requiresReview ? 'approved' : 'pending';
  return { requiresReview, statusAfter, losesApproval: prev?.status === 'approved' && statusAfter === 'pending' };
}
