import { COLLECTIONS } from '../../contracts/collections';
import {
  SUBSCRIBE_TEMPLATES_SETTING,
  SubscribeTemplatesSchema,
  type SubscribeTemplate,
  type SubscribeTemplates,
} from '../../contracts/messages';
import { byId } from '../shared/docs';

const NONE: SubscribeTemplates = { miniprogramState: 'formal', templates: [] };

/**
 * The subscribe-template configuration (settings document `subscribeTemplates`), one read. A missing
 * document means no templates; a malformed one is logged and treated the same, so a bad setting never
 * breaks the actions that notify.
 */
export async function loadTemplates(): Promise<SubscribeTemplates> {
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
