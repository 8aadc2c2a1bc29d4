import type { Result } from '@/contracts/result';
import type { UserInputOf, UserOutput } from '@/contracts/user';
import { call } from './api';

const FN = 'user';

/**
 * Input of `user.reviewVolunteer` (staff approve or decline a pending volunteer).
 * Provisional: src/contracts/user.ts does not declare this action yet.
 */
export type ReviewVolunteerInput = { userId: string; approve: boolean; reason?: string };

/** Typed wrappers over the `user` cloud function. Types only from contracts: no zod in the bundle. */
export const userApi = {
  login: (): Promise<Result<UserOutput['login']>> => call(FN, 'login', {}),
  profile: (input: UserInputOf<'profile'> = {}): Promise<Result<UserOutput['profile']>> =>
    call(FN, 'profile', input),
  setHomeStation: (input: UserInputOf<'setHomeStation'>): Promise<Result<UserOutput['setHomeStation']>> =>
    call(FN, 'setHomeStation', input),
  registerVolunteer: (input: UserInputOf<'registerVolunteer'>): Promise<Result<UserOutput['registerVolunteer']>> =>
    call(FN, 'registerVolunteer', input),
  grantRole: (input: UserInputOf<'grantRole'>): Promise<Result<UserOutput['grantRole']>> =>
    call(FN, 'grantRole', input),
  revokeRole: (input: UserInputOf<'revokeRole'>): Promise<Result<UserOutput['revokeRole']>> =>
    call(FN, 'revokeRole', input),
  reviewVolunteer: (input: ReviewVolunteerInput): Promise<Result<UserOutput['profile']>> =>
    call(FN, 'reviewVolunteer', input),
};
