import { COLLECTIONS } from '../../contracts/collections';
import { SUBSCRIBE_TEMPLATES_SETTING, type SubscribeTemplate, type SubscribeTemplates } from '../../contracts/messages';
import { SubscribeTemplatesSchema } from '../../contracts/messages.schema';
import { byId } from '../shared/docs';

const NONE: SubscribeTemplates = { miniprogramState: 'formal', templates: [] };

/** How long an instance trusts the configuration it read: a change reaches every instance within this. */
export const TEMPLATES_TTL_MS = 60_000;
let cached: { at: number; config: SubscribeTemplates } | undefined;

/**
 * The subscribe-template configuration (settings document `subscribeTemplates`): one read, then kept by
 * this function instance for TEMPLATES_TTL_MS of the invocation's `now`, so actions that notify cost no read
 * for it. A missing document means no templates; a malformed one is logged and treated the same, so a bad
 * setting never breaks the actions that notify.
 */
export async function loadTemplates(now: number): Promise<SubscribeTemplates> {
  if (cached && Math.abs(now - cached.at) < TEMPLATES_TTL_MS) return cached.config;
  const config = await readTemplates();
  cached = { at: now, config };
  return config;
}

async function readTemplates(): Promise<SubscribeTemplates> {
  const doc = await byId<Record<string, unknown>>(COLLECTIONS.settings, SUBSCRIBE_TEMPLATES_SETTING);
  if (!doc) return NONE;
  const parsed = SubscribeTemplatesSchema.safeParse(doc);
  if (!parsed.success) {
    console.error('[inbox] settings.subscribeTemplates is malformed; no subscribe messages are sent', parsed.error.issues);
    return NONE;
  }
  return parsed.data;
}

/** The template of a kind (the first one configured), if any. */
export function templateFor(config: SubscribeTemplates, kind: string): SubscribeTemplate | undefined {
  return config.templates.find((t) => t.kind === kind);
}

export function configuredTemplateIds(config: SubscribeTemplates): Set<string> {
  return new Set(config.templates.map((t) => t.templateId));
}
