import { OrgInput } from '../../contracts/org.schema';
import { defineAction } from '../router';
import { childrenOf } from './repo';
import { toNodeView } from './view';

/** One level of the organisation tree; anyone may browse it to find their station. */
export const tree = defineAction({
  input: OrgInput.tree,
  async handle({ parentId, cursor, limit }) {
    const page = await childrenOf(parentId ?? null, { cursor, limit });
    return { items: page.items.map(toNodeView), next: page.next };
  },
});
