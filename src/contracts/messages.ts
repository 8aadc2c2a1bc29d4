import type { Page, PageRequest } from './paging';

/** The in-app inbox (function `inbox`) and the WeChat subscribe messages sent beside it. */
export type InboxAction = keyof InboxInputs;

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
  'order.paid',
  'order.ready',
  'order.completed',
  'order.refunded',
  'order.cancelled',
  'order.sold',
  'attendance.hoursConfirmed',
  'attendance.starReached',
  'attendance.volunteerStar',
] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

/** One-time subscribe grants a user can bank per template (each accepted request adds one). */
export const SUBSCRIBE_GRANT_CAP = 50;

/**
 * The `settings` document `subscribeTemplates`: which WeChat template each message kind uses, and which
 * template field each logical value (title, status, time, note, name, amount, balance …) goes into.
 * Kept as a list because kinds contain dots, which field names in the database must not.
 * Parsed by SubscribeTemplatesSchema (./messages.schema.ts).
 */
export type SubscribeTemplate = { kind: string; templateId: string; fields: Record<string, string> };
export type SubscribeTemplates = { miniprogramState: 'developer' | 'trial' | 'formal'; templates: SubscribeTemplate[] };
export const SUBSCRIBE_TEMPLATES_SETTING = 'subscribeTemplates';

/** What each action takes, as pages send it (./messages.schema.ts parses exactly this). */
export type InboxInputs = {
  /** Newest first, at most 20 a page. */
  list: { unread?: boolean } & PageRequest;
  unreadCount: Record<string, never>;
  markRead: { ids?: string[]; all?: true };
  /** The template ids `wx.requestSubscribeMessage` answered 'accept' for. */
  optIn: { templateIds: string[] };
  templates: Record<string, never>;
};

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
