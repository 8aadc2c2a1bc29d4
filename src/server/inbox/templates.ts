import { SUBSCRIBE_TEMPLATES_SETTING, type SubscribeTemplate, type SubscribeTemplates } from '../../contracts/messages';
import { SubscribeTemplatesSchema } from '../../contracts/messages.schema';
import { cachedRead, readSetting } from '../shared/cached-setting';

const NONE: SubscribeTemplates = { miniprogramState: 'formal', templates: [] };

/** How long an instance trusts the configuration it read: a change reaches every instance within this. */
export const TEMPLATES_TTL_MS = 60_000;

/**
 * The subscribe-template configuration (settings document `subscribeTemplates`): one read, then kept by
 * this function instance for TEMPLATES_TTL_MS of the invocation's `now`, so actions that notify cost no read
 * for it. A missing or malformed document means no templates (malformed is logged), so a bad setting never
 * breaks the actions that notify.
 */
const cache = cachedRead(TEMPLATES_TTL_MS, () =>
  readSetting(
    SUBSCRIBE_TEMPLATES_SETTING,
    SubscribeTemplatesSchema,
    NONE,
    '[inbox] settings.subscribeTemplates is malformed; no subscribe messages are sent',
  ),
);

export function loadTemplates(now: number): Promise<SubscribeTemplates> {
  return cache.load(now);
}

/** The template of a kind (the first one configured), if any. */
export function templateFor(config: SubscribeTemplates, kind: string): SubscribeTemplate | undefined {
  return config.templates.find((t) => t.kind === kind);
}

export function configuredTemplateIds(config: SubscribeTemplates): Set<string> {
  return new Set(config.templates.map((t) => t.templateId));
}
