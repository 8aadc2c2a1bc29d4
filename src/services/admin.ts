import type { AdminAction, AdminInputOf, AdminOutput } from '@/contracts/admin';
import type { Result } from '@/contracts/result';
import { call } from './api';

const FN = 'admin';
type Answer<A extends AdminAction> = Promise<Result<AdminOutput[A]>>;

/** Typed wrappers over the `admin` cloud function (the workbench). Types only from contracts: no zod. */
export const adminApi = {
  todoCounts: (): Answer<'todoCounts'> => call(FN, 'todoCounts', {}),
  auditLog: (input: AdminInputOf<'auditLog'>): Answer<'auditLog'> => call(FN, 'auditLog', input),
  settings: (): Answer<'settings'> => call(FN, 'settings', {}),
  saveSettings: (input: AdminInputOf<'saveSettings'>): Answer<'saveSettings'> => call(FN, 'saveSettings', input),
  addNode: (input: AdminInputOf<'addNode'>): Answer<'addNode'> => call(FN, 'addNode', input),
  editNode: (input: AdminInputOf<'editNode'>): Answer<'editNode'> => call(FN, 'editNode', input),
  /** Staff: the stations they act on (the proxy form offers only these). */
  scopeStations: (): Answer<'scopeStations'> => call(FN, 'scopeStations', {}),
  /** Staff and admins: the teams of a station in their scope (the leader grant's team picker). */
  scopeTeams: (input: AdminInputOf<'scopeTeams'>): Answer<'scopeTeams'> => call(FN, 'scopeTeams', input),
};
