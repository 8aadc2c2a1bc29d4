import type { AdminInputs, AdminOutput } from '@/contracts/admin';
import { apiOf } from './actions';

/** Typed wrappers over the `admin` cloud function (the workbench). Types only from contracts: no zod. */
export const adminApi = apiOf<AdminInputs, AdminOutput>('admin');
