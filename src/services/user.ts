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
  /** The caller's 个人码 (a signed token to draw as a QR; ask again every USER_CODE.refreshMs). */
  myCode: (): Promise<Result<UserOutput['myCode']>> => call(FN, 'myCode', {}),
  /** Staff: whose 个人码 this is. */
  resolveCode: (input: UserInputOf<'resolveCode'>): Promise<Result<UserOutput['resolveCode']>> => call(FN, 'resolveCode', input),
  /** Staff: people of their area by full phone, real name or nickname. */
  findPeople: (input: UserInputOf<'findPeople'>): Promise<Result<UserOutput['findPeople']>> => call(FN, 'findPeople', input),
  volunteerQueue: (input: UserInputOf<'volunteerQueue'>): Promise<Result<UserOutput['volunteerQueue']>> =>
    call(FN, 'volunteerQueue', input),
  previewRegistration: (input: UserInputOf<'previewRegistration'>): Promise<Result<UserOutput['previewRegistration']>> =>
    call(FN, 'previewRegistration', input),
};
