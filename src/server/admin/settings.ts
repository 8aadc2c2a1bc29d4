import { SUBSCRIBE_TEMPLATES_SETTING, type SubscribeTemplates } from '../../contracts/messages';
import type { AdminOutput } from '../../contracts/admin';
import { AdminInput } from '../../contracts/admin.schema';
import { SubscribeTemplatesSchema } from '../../contracts/messages.schema';
import { defineAction } from '../router';
import { readSetting } from '../shared/cached-setting';
import { readCenterSettings } from '../shared/center-settings';
import { requireAdmin } from '../shared/guards';

const NO_TEMPLATES: SubscribeTemplates = { miniprogramState: 'formal', templates: [] };

/** The subscribe templates as stored now (no cache: the admin screen shows what is saved). */
export function readTemplates(): Promise<SubscribeTemplates> {
  return readSetting(
    SUBSCRIBE_TEMPLATES_SETTING,
    SubscribeTemplatesSchema,
    NO_TEMPLATES,
    '[admin] settings.subscribeTemplates is malformed',
  );
}

/** Center admins: the center settings and the subscribe templates, as stored now. Two reads. */
export const settings = defineAction({
  input: AdminInput.settings,
  authorize: requireAdmin,
  async handle(): Promise<AdminOutput['settings']> {
    const [center, templates] = await Promise.all([readCenterSettings(), readTemplates()]);
    return { center, templates };
  },
});
