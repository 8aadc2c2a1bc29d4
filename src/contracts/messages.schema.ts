/** The inbox function's schemas and the subscribe-template setting's (functions parse with these; pages import ./messages instead). */
import * as z from 'zod';
import { actionInputs } from './inputs.schema';
import type { InboxAction, InboxInputs, SubscribeTemplates } from './messages';
import { pageFields } from './paging.schema';
import type { AllSame, Same } from './same';

export const TemplateIdSchema = z.string().regex(/^[\w-]{1,64}$/, '模板编号无效');
/** WeChat template field keys: a type and a number, e.g. thing1, phrase2, time3. */
export const TemplateFieldKeySchema = z.string().regex(/^[a-z_]+?\d+$/, '模板字段无效');

/**
 * The `settings` document `subscribeTemplates`: which WeChat template each message kind uses, and which
 * template field each logical value (title, status, time, note, name, amount, balance …) goes into.
 * Kept as a list because kinds contain dots, which field names in the database must not.
 */
export const SubscribeTemplatesSchema = z.object({
  miniprogramState: z.enum(['developer', 'trial', 'formal']).default('formal'),
  templates: z
    .array(
      z.object({
        kind: z.string().min(1).max(40),
        templateId: TemplateIdSchema,
        fields: z.record(z.string().regex(/^\w{1,20}$/), TemplateFieldKeySchema),
      }),
    )
    .max(100)
    .default([]),
});
export const _subscribeTemplatesMatch: Same<z.output<typeof SubscribeTemplatesSchema>, SubscribeTemplates> = true;

const id = z.string().trim().min(1).max(64);

export const InboxInput = actionInputs({
  /** Newest first, at most 20 a page. */
  list: () => z.object({ unread: z.boolean().optional(), ...pageFields(20) }),
  unreadCount: () => z.object({}),
  markRead: () =>
    z
      .object({ ids: z.array(id).min(1).max(100).optional(), all: z.literal(true).optional() })
      .refine((v) => !!v.ids !== !!v.all, { message: '请选择要标为已读的消息', path: ['ids'] }),
  /** The template ids `wx.requestSubscribeMessage` answered 'accept' for. */
  optIn: () => z.object({ templateIds: z.array(TemplateIdSchema).min(1).max(20) }),
  templates: () => z.object({}),
}) satisfies Record<InboxAction, z.ZodType>;

export const _inboxInputsMatch: AllSame<{ [A in InboxAction]: Same<z.input<(typeof InboxInput)[A]>, InboxInputs[A]> }> = true;
