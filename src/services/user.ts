import type { Result } from '@/contracts/result';
import type { UserInputOf, UserOutput } from '@/contracts/user';
import { call } from './api';

const FN = 'user';

/** Typed wrappers over the `user` cloud function. Types only from contracts: no zod in the bundle. */
export const userApi = {
  login: (): Promise<Result<UserOutput['login']>> => call(FN, 'login', {}),
  profile: (input: UserInputOf<'profile'> = {}): Promise<Result<UserOutput['profile']>> => call(FN, 'profile', input),
  setHomeStation: (input: UserInputOf<'setHomeStation'>): Promise<Result<UserOutput['setHomeStation']>> =>
    call(FN, 'setHomeStation', input),
  registerVolunteer: (input: UserInputOf<'registerVolunteer'>): Promise<Result<UserOutput['registerVolunteer']>> =>
    call(FN, 'registerVolunteer', input),
  grantRole: (input: UserInputOf<'grantRole'>): Promise<Result<UserOutput['grantRole']>> => call(FN, 'grantRole', input),
  revokeRole: (input: UserInputOf<'revokeRole'>): Promise<Result<UserOutput['revokeRole']>> => call(FN, 'revokeRole', input),
  /** Staff of the volunteer's station approve or turn down a pending registration. */
  reviewVolunteer: (input: UserInputOf<'reviewVolunteer'>): Promise<Result<UserOutput['reviewVolunteer']>> =>
    call(FN, 'reviewVolunteer', input),
};
