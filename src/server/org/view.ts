import type { OrgNodeView } from '../../contracts/org';
import type { OrgNodeDoc } from './repo';

export function toNodeView(n: OrgNodeDoc): OrgNodeView {
  return {
    id: n._id,
    kind: n.kind,
    name: n.name,
    ...(n.parentId ? { parentId: n.parentId } : {}),
    path: n.path,
    address: n.address,
    location: n.location,
    ...(n.contact ? { contact: n.contact } : {}),
    childCount: n.childCount,
  };
}
