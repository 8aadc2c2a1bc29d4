import type { AdminOutput } from '../../contracts/admin';
import { AdminInput } from '../../contracts/admin.schema';
import { SUBSCRIBE_TEMPLATES_SETTING } from '../../contracts/messages';
import { CENTER_SETTINGS_ID } from '../../contracts/settings';
import { AppError } from '../errors';
import { defineAction } from '../router';
import { audit } from '../shared/audit';
import { forgetCenterSettings, readCenterSettings } from '../shared/center-settings';
import { requireAdmin } from '../shared/guards';
import { writeSetting } from './repo';
import { readTemplates } from './settings';

/**
 * Center admins save the center settings and/or the subscribe templates. Each half arrives parsed whole
 * by its own schema (the one the readers use), so a saved document always parses; it replaces the stored
 * one. Other instances see the change within their cache's minute. Audited with what was saved.
 */
export const saveSettings = defineAction({
  input: AdminInput.saveSettings,
  write: true,
  authorize: requireAdmin,
  async handle({ center, templates }, ctx): Promise<AdminOutput['saveSettings']> {
    if (!center && !templates) throw new AppError('NOTHING_TO_SAVE');
    if (center) await writeSetting(CENTER_SETTINGS_ID, center);
    if (templates) await writeSetting(SUBSCRIBE_TEMPLATES_SETTING, templates);
    forgetCenterSettings();
    await audit(ctx, {
      action: 'settings.save',
      targetType: 'settings',
      targetId: [center ? CENTER_SETTINGS_ID : '', templates ? SUBSCRIBE_TEMPLATES_SETTING : ''].filter(Boolean).join(','),
      nodePath: (await ctx.me()).roles.filter((g) => g.role === 'admin').map((g) => g.nodeId),
      detail: { ...(center ? { center } : {}), ...(templates ? { templates } : {}) },
    });
    const [c, t] = await Promise.all([readCenterSettings(), readTemplates()]);
    return { center: c, templates: t };
  },
});
