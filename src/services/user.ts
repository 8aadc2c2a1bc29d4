import type { UserInputs, UserOutput } from '@/contracts/user';
import { apiOf } from './actions';

/** Typed wrappers over the `user` cloud function. Types only from contracts: no zod in the bundle. */
export const userApi = apiOf<UserInputs, UserOutput>('user');
