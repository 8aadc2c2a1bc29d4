import * as z from 'zod';
import type { Page } from './paging';
import { pageFields } from './paging-schema';

/** The in-app inbox (function `inbox`) and the WeChat subscribe messages sent beside it. */
export const INBOX_ACTIONS = ['list', 'unreadCount', 'markRead', 'optIn', 'templates'] as const;
export type InboxAction = (typeof INBOX_ACTIONS)[number];

/** What a message is about. Later domains add their kinds here. */
export const MESSAGE_KINDS = [
  'wish.approved',
  'wish.rejected',
  'wish.claimed',
  'wish.lapsed',
  'wish.fulfilled',
  'wish.confirmed',
  'wish.released',
  'wish.expired',
  'points.earned',
  'points.adjusted',
  'market.listingApproved',
  'market.listingRejected',
  'market.photoRisky',
  'market.producerApproved',
  'market.producerRejected',
  'event.confirmed',
  'event.waitlisted',
  'event.promoted',
  'event.cancelled',
  'event.removed',
  'event.reminder',
] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

/** One-time subscribe grants a user can bank per template (each accepted request adds one). */
export const SUBSCRIBE_GRANT_CAP = 50;

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
export type SubscribeTemplates = z.output<typeof SubscribeTemplatesSchema>;
export type SubscribeTemplate = SubscribeTemplates['templates'][number];
export const SUBSCRIBE_TEMPLATES_SETTING = 'subscribeTemplates';

const id = z.string().trim().min(1).max(64);

export const InboxInput = {
  /** Newest first, at most 20 a page. */
  list: z.object({ unread: z.boolean().optional(), ...pageFields(20) }),
  unreadCount: z.object({}),
  markRead: z
    .object({ ids: z.array(id).min(1).max(100).optional(), all: z.literal(true).optional() })
    .refine((v) => !!v.ids !== !!v.all, { message: '请选择要标为已读的消息', path: ['ids'] }),
  /** The template ids `wx.requestSubscribeMessage` answered 'accept' for. */
  optIn: z.object({ templateIds: z.array(TemplateIdSchema).min(1).max(20) }),
  templates: z.object({}),
} satisfies Record<InboxAction, z.ZodType>;

export type InboxInputOf<A extends InboxAction> = z.input<(typeof InboxInput)[A]>;

export type MessageView = {
  id: string;
  kind: MessageKind | string;
  title: string;
  body: string;
  /** A page of the app, e.g. /packages/wish/detail/index?id=… */
  link?: string;
  read: boolean;
  createdAt: number;
};

export type InboxOutput = {
  list: Page<MessageView>;
  unreadCount: { count: number };
  markRead: { updated: number };
  optIn: { grants: Record<string, number> };
  /** Template id per kind, for requestSubscribeMessage (≤ 3 ids a call), and the caller's banked grants. */
  templates: { byKind: Record<string, string>; grants: Record<string, number> };
};
