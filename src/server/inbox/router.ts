import type { InboxAction } from '../../contracts/messages';
import { createRouter, type Action } from '../router';
import { list } from './list';
import { markRead } from './mark-read';
import { optIn } from './opt-in';
import { templates } from './subscribe-templates';
import { unreadCount } from './unread-count';

export const inboxMain = createRouter('inbox', {
  list,
  unreadCount,
  markRead,
  optIn,
  templates,
} satisfies Record<InboxAction, Action<any, any>>);
