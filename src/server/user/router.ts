import { createRouter } from '../router';
import { grantRole } from './grant-role';
import { login } from './login';
import { profile } from './profile';
import { registerVolunteer } from './register-volunteer';
import { reviewVolunteer } from './review-volunteer';
import { revokeRole } from './revoke-role';
import { setHomeStation } from './set-home-station';

export const userMain = createRouter('user', {
  login,
  profile,
  setHomeStation,
  registerVolunteer,
  reviewVolunteer,
  grantRole,
  revokeRole,
});
