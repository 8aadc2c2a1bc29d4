import type { AdminAction } from '../../contracts/admin';
import { createRouter, type Action } from '../router';
import { addNode } from './add-node';
import { auditLog } from './audit-log';
import { editNode } from './edit-node';
import { saveSettings } from './save-settings';
import { settings } from './settings';
import { scopeStations } from './scope-stations';
import { scopeTeams } from './scope-teams';
import { todoCounts } from './todo-counts';

export const adminMain = createRouter('admin', {
  todoCounts,
  auditLog,
  settings,
  saveSettings,
  addNode,
  editNode,
  scopeStations,
  scopeTeams,
} satisfies Record<AdminAction, Action<any, any>>);
