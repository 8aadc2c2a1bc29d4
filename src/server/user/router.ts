import type { UserAction } from '../../contracts/user';
import { createRouter, type Action } from '../router';
import { grantRole } from './grant-role';
import { login } from './login';
import { profile } from './profile';
import { registerVolunteer } from './register-volunteer';
import { reviewVolunteer } from './review-volunteer';
import { revokeRole } from './revoke-role';
import { setHomeStation } from './set-home-station';
import { myCode } from './my-code';
import { resolveCode } from './resolve-code';
import { findPeople } from './find-people';
import { volunteerQueue } from './volunteer-queue';
import { previewRegistration } from './preview-registration';
import { home } from './home';

export const userMain = createRouter('user', {
  login,
  profile,
  setHomeStation,
  registerVolunteer,
  reviewVolunteer,
  grantRole,
  revokeRole,
  myCode,
  resolveCode,
  findPeople,
  volunteerQueue,
  previewRegistration,
  // 首页 in one call (docs/home.md).
  home,
} satisfies Record<UserAction, Action<any, any>>);
