import type { MessageView } from '../../contracts/messages';
import { opt } from '../shared/view-fields';
import type { MessageDoc } from './repo';

export function toMessageView(m: MessageDoc): MessageView {
  return {
    id: m._id,
    kind: m.kind,
    title: m.title,
    body: m.body,
    ...opt('link', m.link),
    read: m.read,
    createdAt: m.createdAt,
  };
}
