import { OrgInput } from '../../contracts/org';
import { defineAction } from '../router';
import { childrenOf } from './repo';
import { toNodeView } from './view';

/** One level of the organisation tree; anyone may browse it to find their station. */
export const tree = defineAction({
  input: OrgInput.tree,
  async handle({ parentId, offset, limit }) {
    const page = await childrenOf(parentId ?? null, offset, limit);
    return { items: page.items.map(toNodeView), hasMore: page.hasMore };
  },
});
